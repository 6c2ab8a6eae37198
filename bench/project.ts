import Database from 'better-sqlite3'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Workspace } from '../src/main/services/workspace'
import { migrate } from '../src/main/store/migrations'
import { APPLICATION_ID } from '../src/main/store/fileFormat'
import { contentHash, normaliseBody } from '../src/main/services/text'
import { between, rng } from './random'
import type { CorpusArticle } from './corpus'

export const RESOURCES = join(import.meta.dirname, '..', 'resources')

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'factdesk-bench-'))
}

export function workspace(): Workspace {
  return new Workspace({ via: 'factdesk bench', resourcesDir: RESOURCES, recent: null })
}

/** The baseline: the same rows and FTS content through raw prepared inserts in one transaction. */
export function importRaw(file: string, articles: CorpusArticle[]): void {
  const db = new Database(file)
  db.pragma(`application_id = ${APPLICATION_ID}`)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  migrate(db)
  const insert = db.prepare(
    `INSERT INTO articles (title, outlet, author, url, published_at, language, body, content_hash, source, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'en', ?, ?, 'bench', ?, ?)`
  )
  const at = new Date().toISOString()
  db.transaction(() => {
    for (const a of articles) {
      const body = normaliseBody(a.body)
      insert.run(a.title, a.outlet, a.author, a.url, a.publishedAt, body, contentHash(body), at, at)
    }
  })()
  db.close()
}

/**
 * Fills a project with passages and claims at newsroom scale. This is set-up, not a measure, so
 * it writes directly: claims for statements, passages on the statements' spans.
 */
export function seedEditorial(ws: Workspace, articles: CorpusArticle[], passages: number, claims: number): void {
  const r = rng(7)
  ws.write(
    ({ db, at, editor }) => {
      const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]
      const insertClaim = db.prepare(
        `INSERT INTO claims (text, status, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?)`
      )
      const statuses = ['unverified', 'in_progress', 'true', 'false', 'misleading', 'mixed']
      for (let c = 0; c < claims; c++)
        insertClaim.run(`Claim ${c}: statement ${c % 997}`, statuses[c % 6], at, at, editor, editor)
      const insertPassage = db.prepare(
        `INSERT INTO passages (article_id, start, "end", exact, prefix, suffix, kind, editor, created_at, updated_at)
         VALUES (?, ?, ?, ?, '', '', ?, ?, ?, ?)`
      )
      const insertLink = db.prepare(
        `INSERT INTO links (passage_id, claim_id, role, editor, created_at) VALUES (?, ?, ?, ?, ?)`
      )
      const kinds = ['claim', 'denial', 'evidence'] as const
      const roles = { claim: 'states', denial: 'denies', evidence: 'supports' } as const
      for (let p = 0; p < passages; p++) {
        const i = p % articles.length
        const a = articles[i]
        const body = a.body
        const s = a.statements[p % a.statements.length]
        const start = s && p < articles.length * 2 ? s.start : between(r, 0, Math.max(0, body.length - 200))
        const end = Math.min(body.length, s && p < articles.length * 2 ? s.end : start + between(r, 20, 180))
        if (end <= start) continue
        const kind = kinds[p % 3]
        const info = insertPassage.run(ids[i], start, end, body.slice(start, end), kind, editor, at, at)
        insertLink.run(info.lastInsertRowid, 1 + (p % claims), roles[kind], editor, at)
      }
    },
    { undoable: false }
  )
}

/** Puts n passages on the longest article, for the render measure; returns that article. */
export function seedHighlights(ws: Workspace, n: number): { id: number; title: string } {
  return ws.write(
    ({ db, at, editor }) => {
      const a = db.prepare('SELECT id, title, body FROM articles ORDER BY length(body) DESC LIMIT 1').get() as {
        id: number
        title: string
        body: string
      }
      const insert = db.prepare(
        `INSERT INTO passages (article_id, start, "end", exact, kind, editor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
      )
      const step = Math.floor(a.body.length / n)
      const kinds = ['claim', 'denial', 'evidence']
      for (let i = 0; i < n; i++) {
        const start = i * step
        const end = Math.min(a.body.length, start + Math.max(5, Math.floor(step * 0.6)))
        insert.run(a.id, start, end, a.body.slice(start, end), kinds[i % 3], editor, at, at)
      }
      return { id: a.id, title: a.title }
    },
    { undoable: false }
  )
}

/**
 * A seeded project kept in .bench/ (gitignored) under `name`, built once by `build`: seeding
 * 10,000 articles takes minutes, and the focused scripts are run many times. Built under a
 * partial name first, so an interrupted build is never taken for a finished one.
 */
export function cachedProject(name: string, build: (file: string) => void): string {
  const dir = join(import.meta.dirname, '..', '.bench')
  const cached = join(dir, `${name}.factdesk`)
  if (existsSync(cached)) return cached
  mkdirSync(dir, { recursive: true })
  const partial = join(dir, `${name}-partial.factdesk`)
  rmSync(partial, { force: true })
  build(partial)
  renameSync(partial, cached)
  return cached
}
