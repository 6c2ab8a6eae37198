import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../../src/main/services/export/model'
import { renderW3c } from '../../src/main/services/export/w3c'
import { REPO_ROOT, useTempDirs } from './helpers'
import { useProject } from './serviceHarness'
import { buildExportProject } from './exportFixture'

// CI has shared/ beside the clone; a worktree under wt/ has it one level further up.
const SUITE =
  [resolve(REPO_ROOT, '..', 'shared'), resolve(REPO_ROOT, '..', '..', 'shared')]
    .map((d) => join(d, 'conformance', 'w3c-web-annotation'))
    .find((d) => existsSync(d)) ?? join(resolve(REPO_ROOT, '..', 'shared'), 'conformance', 'w3c-web-annotation')

function loadSuite() {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true })
  addFormats(ajv)
  const defs = join(SUITE, 'definitions')
  for (const f of readdirSync(defs).filter((n) => n.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(defs, f), 'utf8')) as object)
  }
  const musts = JSON.parse(readFileSync(join(SUITE, 'annotations', 'annotationMusts.test'), 'utf8')) as {
    assertions: string[]
  }
  const assertions = musts.assertions.map((rel) => {
    const schema = JSON.parse(readFileSync(join(SUITE, rel), 'utf8')) as Record<string, unknown>
    // Each assertion names itself by file name; compiled under its own id, its $refs resolve to the definitions.
    return { rel, schema, validate: ajv.compile(schema) }
  })
  return { ajv, assertions }
}

const temp = useTempDirs()
const h = useProject(() => temp())

describe('W3C Web Annotation export', () => {
  it('passes every MUST assertion of the W3C conformance suite for each annotation', async () => {
    buildExportProject(h.ws)
    // The exported text itself (HTML-safe escapes and all), read back as JSON.
    const { content } = await h.call<{ content: string }>('export.render', { format: 'w3c' })
    const collection = JSON.parse(content) as Record<string, unknown>
    expect(collection).toEqual(h.ws.read((db) => renderW3c(buildReportModel(db))))
    const items = (collection.first as { items: Record<string, unknown>[] }).items
    expect(items).toHaveLength(h.ws.read((db) => db.prepare('SELECT count(*) FROM links').pluck().get() as number))
    const { assertions } = loadSuite()
    expect(assertions.length).toBeGreaterThan(40)
    for (const a of items) {
      for (const { rel, schema, validate } of assertions) {
        const valid = validate(a)
        const failed = schema.expectedResult === 'valid' ? !valid : valid
        expect(failed, `${rel} on ${String(a.id)}: ${JSON.stringify(validate.errors)?.slice(0, 400)}`).toBe(false)
      }
    }
  })

  it('makes a collection the definitions recognise, and fails a broken annotation', () => {
    buildExportProject(h.ws)
    const collection = h.ws.read((db) => renderW3c(buildReportModel(db)))
    const { ajv, assertions } = loadSuite()
    const colDefs = ajv.getSchema('collections.json')
    expect(colDefs).toBeTruthy()
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(collection.type).toBe('AnnotationCollection')
    const page = collection.first as { type: string; items: unknown[]; startIndex: number }
    expect(page.type).toBe('AnnotationPage')
    expect(collection.total).toBe(page.items.length)
    // The test would catch a real mistake: an annotation without @context or with a bad id fails.
    const broken = { ...(page.items[0] as object), id: 'not a uri', '@context': 'http://example.org/' }
    const failures = assertions.filter(({ validate }) => !validate(broken)).map((a) => a.rel)
    expect(failures).toContain('annotations/3.1-annotationContextValidated.json')
    expect(failures).toContain('annotations/3.1-annotationIdValidated.json')
  })

  it('targets the article url, or a stable urn, with quote and position selectors', () => {
    const b = buildExportProject(h.ws)
    const collection = h.ws.read((db) => renderW3c(buildReportModel(db)))
    const items = (collection.first as { items: Record<string, never>[] }).items
    const a = items.find((x) => (x.target as { source: string }).source === 'https://courier.example/ferry-fares')!
    const sel = (a.target as { selector: { type: string }[] }).selector
    expect(sel.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector'])
    const noUrl = items.filter((x) => (x.target as { source: string }).source.startsWith('urn:factdesk:article:'))
    expect(noUrl.length).toBeGreaterThan(0)
    const bodies = items.flatMap((x) => x.body as { purpose: string; value?: string; source?: string }[])
    expect(bodies.some((x) => x.purpose === 'assessing' && x.value === 'False')).toBe(true)
    expect(bodies.some((x) => x.purpose === 'tagging' && x.value === 'denial')).toBe(true)
    expect(bodies.some((x) => x.purpose === 'classifying' && x.value === 'refutes')).toBe(true)
    expect(bodies.some((x) => x.source === `urn:factdesk:claim:${b.claims.fares}`)).toBe(true)
  })
})
