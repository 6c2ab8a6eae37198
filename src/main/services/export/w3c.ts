import type { ReportClaim, ReportModel, ReportPassage } from './model'

/**
 * The W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection with one Annotation per
 * passage. The target is the article (its url, or a urn built from its content hash so the id
 * stays the same across exports and machines) narrowed by a TextQuoteSelector and a
 * TextPositionSelector; the bodies carry the kind, role, claim, status and note.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

export function articleSource(p: ReportPassage): string {
  return p.article.url ?? `urn:factdesk:article:${p.article.contentHash}`
}

export function renderW3c(m: ReportModel): Record<string, unknown> {
  const items: Record<string, unknown>[] = []
  for (const c of m.claims) for (const p of c.passages) items.push(annotation(p, c))
  items.sort((a, b) => String(a.id).localeCompare(String(b.id)))
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:factdesk:collection:${encodeURIComponent(m.title || 'project').slice(0, 120)}`,
    type: 'AnnotationCollection',
    label: `${m.title || 'Factdesk project'}: tagged passages`,
    total: items.length,
    ...(items.length
      ? { first: { id: 'urn:factdesk:collection-page:1', type: 'AnnotationPage', startIndex: 0, items } }
      : {})
  }
}

function textBody(value: string, purpose: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'TextualBody', value, format: 'text/plain', purpose, ...extra }
}

export function annotation(p: ReportPassage, c: ReportClaim): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    textBody(p.kind, 'tagging'),
    textBody(p.role ?? p.kind, 'classifying'),
    {
      type: 'SpecificResource',
      source: `urn:factdesk:claim:${c.id}`,
      purpose: 'identifying'
    },
    textBody(c.text, 'describing', { language: p.article.language ?? undefined }),
    textBody(c.statusLabel, 'assessing')
  ]
  if (p.note) body.push(textBody(p.note, 'commenting'))
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:factdesk:annotation:${p.article.contentHash.slice(0, 16)}:${p.id}`,
    type: 'Annotation',
    // An assessed claim (a verdict or a status) is the point of the passage; otherwise it tags.
    motivation: p.note ? ['assessing', 'commenting'] : 'assessing',
    created: p.createdAt,
    modified: p.updatedAt,
    creator: { type: 'Person', name: p.editor },
    generator: { type: 'Software', name: 'Factdesk' },
    body: body.map((b) => JSON.parse(JSON.stringify(b)) as Record<string, unknown>),
    target: {
      type: 'SpecificResource',
      source: articleSource(p),
      selector: [
        { type: 'TextQuoteSelector', exact: p.exact, prefix: p.prefix, suffix: p.suffix },
        { type: 'TextPositionSelector', start: p.start, end: p.end }
      ]
    }
  }
}
