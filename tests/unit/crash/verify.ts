// After each kill: the project must open, pass SQLite's and FTS5's integrity checks, and hold
// every acknowledged write whole (stored bodies by hash, links, notes, statuses, settings),
// with the history row each write makes, and nothing beyond them but the one call in flight.
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { readSetting } from '../../../src/main/services/settings'
import { Workspace } from '../../../src/main/services/workspace'
import { sha256, type Ack, type Begin } from './ops'

export interface ChildRun {
  acks: Ack[]
  /** The call under way when the kill landed: it may or may not have committed. */
  inFlight: Begin | null
  ready: boolean
  failure: string | null
}

/** What the acknowledged writes say the project must hold. */
export interface Model {
  articles: Map<number, { title: string; hash: string | null }>
  passages: Map<number, { claimId: number | null; note: string }>
  status: Map<number, { status: string; rationale: string }>
  settings: { title: string; editorName: string } | null
}

export const emptyModel = (): Model => ({ articles: new Map(), passages: new Map(), status: new Map(), settings: null })

function check(cond: unknown, run: number, what: string): asserts cond {
  if (!cond) throw new Error(`after kill ${run + 1}: ${what}`)
}

export function verify(root: string, file: string, model: Model, child: ChildRun, run: number) {
  // The project opens for writing through the real path (lock takeover, WAL recovery, quick_check).
  const ws = new Workspace({ via: 'the crash loop check', resourcesDir: join(root, 'resources'), recent: null })
  ws.open(file, 'write')
  ws.close()

  // Writable only because FTS5's integrity-check command is spelled as an INSERT.
  const db = new Database(file, { fileMustExist: true })
  try {
    check(db.pragma('integrity_check', { simple: true }) === 'ok', run, 'integrity_check is not ok')
    check((db.pragma('foreign_key_check') as unknown[]).length === 0, run, 'foreign_key_check found orphans')
    for (const fts of ['articles_fts', 'passages_fts', 'claims_fts']) {
      db.exec(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`)
    }
    for (const a of child.acks) {
      if (a.op === 'paste') model.articles.set(a.id, { title: a.title, hash: a.hash })
      else if (a.op === 'tag') model.passages.set(a.passageId, { claimId: a.claimId, note: a.note })
      else if (a.op === 'status') model.status.set(a.id, { status: a.status, rationale: a.rationale })
      else model.settings = { title: a.title, editorName: a.editorName }
    }
    const flight = child.inFlight
    const article = db.prepare('SELECT title, body FROM articles WHERE id = ?')
    for (const [id, want] of model.articles) {
      const row = article.get(id) as { title: string; body: string } | undefined
      check(row, run, `acknowledged article ${id} (${want.title}) is missing`)
      check(row.title === want.title, run, `article ${id} is titled ${row.title}`)
      check(row.body.length > 0, run, `article ${id} has no body`)
      check(want.hash === null || sha256(row.body) === want.hash, run, `article ${id}'s stored body differs`)
    }
    const passage = db.prepare(
      'SELECT p.note, l.claim_id AS claimId FROM passages p LEFT JOIN links l ON l.passage_id = p.id WHERE p.id = ?'
    )
    for (const [id, want] of model.passages) {
      const row = passage.get(id) as { note: string; claimId: number | null } | undefined
      check(row, run, `acknowledged passage ${id} is missing`)
      check(row.note === want.note && row.claimId === want.claimId, run, `passage ${id} lost its link or note`)
    }
    for (const [id, want] of model.status) {
      const row = db.prepare('SELECT status, rationale FROM claims WHERE id = ?').get(id) as typeof want
      const inFlightHere = flight?.op === 'status' && flight.id === id
      const matches = (w: { status: unknown; rationale: unknown }) =>
        row.status === w.status && row.rationale === w.rationale
      check(
        matches(want) || (inFlightHere && !!flight && matches({ status: flight.status, rationale: flight.rationale })),
        run,
        `claim ${id} status ${JSON.stringify(row)}`
      )
      model.status.set(id, row)
    }
    // A settings call writes several rows: the title and the editor's name come from one call.
    const settings = { title: readSetting(db, 'title'), editorName: readSetting(db, 'editorName') }
    const same = (w: Record<string, unknown> | null) =>
      !!w && w.title === settings.title && w.editorName === settings.editorName
    if (model.settings !== null || flight?.op === 'settings') {
      check(
        same(model.settings) || (flight?.op === 'settings' && same(flight)),
        run,
        `settings ${JSON.stringify(settings)}, expected ${JSON.stringify(model.settings)} or in-flight ${JSON.stringify(flight)}`
      )
      model.settings = settings
    }

    // Nothing half-written: every passage has its link, every claim a passage, every row the
    // history entry its write makes, and no row exists beyond the acknowledged ones and the
    // single call that was under way.
    const count = (sql: string) => db.prepare(sql).pluck().get() as number
    check(
      count('SELECT count(*) FROM passages WHERE id NOT IN (SELECT passage_id FROM links)') === 0,
      run,
      'a passage lost its link'
    )
    check(
      count('SELECT count(*) FROM claims WHERE id NOT IN (SELECT claim_id FROM links)') === 0,
      run,
      'a claim was created without its passage'
    )
    const unrecorded = (table: string, entity: string, action: string, idColumn = 'id') =>
      count(
        `SELECT count(*) FROM ${table} WHERE ${idColumn} NOT IN
         (SELECT entity_id FROM history WHERE entity = '${entity}' AND action = '${action}')`
      )
    check(unrecorded('articles', 'article', 'create') === 0, run, 'an article has no history entry')
    check(unrecorded('passages', 'passage', 'create') === 0, run, 'a passage has no history entry')
    check(unrecorded('claims', 'claim', 'create') === 0, run, 'a claim has no history entry')
    check(unrecorded('links', 'passage', 'link', 'passage_id') === 0, run, 'a link has no history entry')
    const articleIds = db.prepare('SELECT id FROM articles').pluck().all() as number[]
    const extraArticles = articleIds.filter((id) => !model.articles.has(id))
    check(extraArticles.length <= (flight?.op === 'paste' ? 1 : 0), run, `unexpected articles ${extraArticles}`)
    const passageIds = db.prepare('SELECT id FROM passages').pluck().all() as number[]
    const extraPassages = passageIds.filter((id) => !model.passages.has(id))
    check(extraPassages.length <= (flight?.op === 'tag' ? 1 : 0), run, `unexpected passages ${extraPassages}`)
    // The in-flight call that did commit is part of the project now.
    for (const id of extraArticles) {
      const r = article.get(id) as { title: string; body: string }
      model.articles.set(id, { title: r.title, hash: sha256(r.body) })
    }
    for (const id of extraPassages) model.passages.set(id, passage.get(id) as { note: string; claimId: number })
    return { articles: articleIds.length, passages: passageIds.length, claims: count('SELECT count(*) FROM claims') }
  } finally {
    db.close()
  }
}
