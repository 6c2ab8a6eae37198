import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Kind } from '../../src/shared/domain'
import { addArticle } from '../../src/main/services/articles'
import type { Workspace } from '../../src/main/services/workspace'
import { REPO_ROOT } from './helpers'

export const FIXTURE_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'matching')

export interface Span {
  file: string
  articleId: number
  start: number
  end: number
}

export interface Annotations {
  groups: { id: string; spans: Span[] }[]
  suggestions: (Span & { kind: Kind })[]
}

/** Adds every fixture article through the real addArticle path; returns file name → article id. */
export function loadFixtureStories(ws: Workspace): { ids: Map<string, number>; bodies: Map<string, string> } {
  const ids = new Map<string, number>()
  const bodies = new Map<string, string>()
  const files = readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  ws.write(({ db, editor, at }) => {
    for (const f of files) {
      const [head, ...rest] = readFileSync(join(FIXTURE_DIR, f), 'utf8').split('\n\n')
      const meta = Object.fromEntries(
        head.split('\n').map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()])
      )
      const a = addArticle(
        db,
        { title: meta.title, outlet: meta.outlet, publishedAt: meta.date, language: 'en', body: rest.join('\n\n') },
        editor,
        at
      )
      ids.set(f, a.id)
      bodies.set(f, a.body)
    }
  })
  return { ids, bodies }
}

export function readAnnotations(ids: Map<string, number>, bodies: Map<string, string>): Annotations {
  const raw = JSON.parse(readFileSync(join(FIXTURE_DIR, 'annotations.json'), 'utf8')) as {
    groups: { id: string; members: [string, string][] }[]
    suggestions: [string, Kind, string][]
  }
  const locate = (file: string, quote: string): Span => {
    const body = bodies.get(file)
    if (body === undefined) throw new Error(`no fixture ${file}`)
    const start = body.indexOf(quote)
    if (start < 0) throw new Error(`"${quote}" is not in ${file}`)
    return { file, articleId: ids.get(file)!, start, end: start + quote.length }
  }
  return {
    groups: raw.groups.map((g) => ({ id: g.id, spans: g.members.map(([f, q]) => locate(f, q)) })),
    suggestions: raw.suggestions.map(([f, kind, q]) => ({ ...locate(f, q), kind }))
  }
}
