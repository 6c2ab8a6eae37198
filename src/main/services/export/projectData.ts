import type Database from 'better-sqlite3'
import { FactdeskError } from '../../../shared/result'
import { SCHEMA_VERSION } from '../../store/migrations'
import { toArticle, type ArticleRow } from '../articles'
import { toClaim, type ClaimRow } from '../claims'
import { toHistoryEntry, type HistoryRow } from '../history'
import { contentHash } from '../text'
import { safeJsonText } from './jsonText'
import { DUMP_FORMAT, DUMP_VERSION, dumpSchema, type ProjectDump } from './projectDataSchema'

/** The dump's shape and its schema live in projectDataSchema.ts; writing and reading it here. */
export function dumpProject(db: Database.Database, generator: string, now = new Date()): ProjectDump {
  const settings: Record<string, unknown> = {}
  for (const r of db.prepare('SELECT key, value FROM settings ORDER BY key').all() as {
    key: string
    value: string
  }[]) {
    settings[r.key] = JSON.parse(r.value)
  }
  type R = Record<string, never>
  const all = <T = R>(sql: string) => db.prepare(sql).all() as T[]
  return {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    exportedAt: now.toISOString(),
    generator,
    settings,
    statuses: all('SELECT * FROM statuses ORDER BY position, key').map((r) => ({
      key: r.key,
      label: r.label,
      rating: r.rating,
      position: r.position,
      retired: r.retired === 1
    })),
    articles: all<ArticleRow & { updated_at: string }>('SELECT * FROM articles ORDER BY id').map((r) => ({
      ...toArticle(r),
      uid: (r as { uid?: string }).uid,
      updatedAt: r.updated_at
    })),
    claims: all<ClaimRow & { created_by: string; updated_by: string }>('SELECT * FROM claims ORDER BY id').map((r) => ({
      ...toClaim(r),
      uid: (r as { uid?: string }).uid,
      createdBy: r.created_by,
      updatedBy: r.updated_by
    })),
    passages: all('SELECT * FROM passages ORDER BY id').map((r) => ({
      id: r.id,
      uid: r.uid,
      articleId: r.article_id,
      start: r.start,
      end: r.end,
      selector: { exact: r.exact, prefix: r.prefix, suffix: r.suffix },
      kind: r.kind,
      note: r.note,
      orphaned: r.orphaned === 1,
      editor: r.editor,
      createdAt: r.created_at,
      updatedAt: r.updated_at
    })),
    links: all('SELECT * FROM links ORDER BY passage_id').map((r) => ({
      uid: r.uid,
      passageId: r.passage_id,
      claimId: r.claim_id,
      role: r.role,
      editor: r.editor,
      createdAt: r.created_at
    })),
    history: all<HistoryRow & { uid: string; entity_uid: string | null }>('SELECT * FROM history ORDER BY id').map(
      (r) => ({ ...toHistoryEntry(r), uid: r.uid, entityUid: r.entity_uid })
    )
  }
}

/** Parses and checks a dump; a malformed one or one from a newer Factdesk is refused with the reason. */
export function parseDump(textValue: string): ProjectDump {
  let raw: unknown
  try {
    raw = JSON.parse(textValue.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new FactdeskError('invalid_input', `the file is not JSON: ${(e as Error).message}`)
  }
  const head = raw as { format?: unknown; version?: unknown; schemaVersion?: unknown } | null
  if (!head || typeof head !== 'object' || head.format !== DUMP_FORMAT) {
    throw new FactdeskError('invalid_input', `not a Factdesk project export (expected "format": "${DUMP_FORMAT}")`)
  }
  if (typeof head.version === 'number' && head.version > DUMP_VERSION) {
    throw new FactdeskError(
      'newer_version',
      `this export uses format version ${head.version}, newer than this Factdesk reads (version ${DUMP_VERSION}); update Factdesk`
    )
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > SCHEMA_VERSION) {
    throw new FactdeskError(
      'newer_version',
      `this export comes from a project at schema version ${head.schemaVersion}, newer than this Factdesk (schema version ${SCHEMA_VERSION}); update Factdesk`
    )
  }
  const r = dumpSchema.safeParse(raw)
  if (!r.success) {
    const issue = r.error.issues[0]
    throw new FactdeskError(
      'invalid_input',
      `the export is malformed at ${issue.path.join('.') || 'the top level'}: ${issue.message}`
    )
  }
  return r.data
}

/** Fills a freshly created, empty project with a dump, keeping every id. Runs inside one write. */
export function restoreDump(db: Database.Database, d: ProjectDump): void {
  const nonEmpty = db
    .prepare('SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM claims) + (SELECT count(*) FROM history)')
    .pluck()
    .get() as number
  if (nonEmpty > 0) throw new FactdeskError('conflict', 'project data can only be imported into a new, empty project')
  db.prepare('DELETE FROM settings').run()
  const setSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
  for (const [k, v] of Object.entries(d.settings)) setSetting.run(k, JSON.stringify(v))
  db.prepare('DELETE FROM statuses').run()
  const st = db.prepare('INSERT INTO statuses (key, label, rating, position, retired) VALUES (?, ?, ?, ?, ?)')
  for (const s of d.statuses) st.run(s.key, s.label, s.rating, s.position, s.retired ? 1 : 0)
  const art = db.prepare(
    `INSERT INTO articles (id, title, outlet, author, url, published_at, language, body, content_hash, source, imported_at, updated_at, uid)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  // The dump's contentHash is not trusted: duplicate detection relies on it, so it is recomputed.
  const seen = new Map<string, number>()
  for (const a of d.articles) {
    const hash = contentHash(a.body)
    const twin = seen.get(hash)
    if (twin !== undefined) {
      throw new FactdeskError('invalid_input', `articles ${twin} and ${a.id} of the export have the same text`)
    }
    seen.set(hash, a.id)
    art.run(
      a.id,
      a.title,
      a.outlet,
      a.author,
      a.url,
      a.publishedAt,
      a.language,
      a.body,
      hash,
      a.source,
      a.importedAt,
      a.updatedAt,
      a.uid ?? null
    )
  }
  const cl = db.prepare(
    `INSERT INTO claims (id, text, claimant, status, rationale, note, review_url, created_at, updated_at, created_by, updated_by, uid)
     VALUES (@id, @text, @claimant, @status, @rationale, @note, @reviewUrl, @createdAt, @updatedAt, @createdBy, @updatedBy, @uid)`
  )
  for (const c of d.claims) cl.run({ ...c, reviewUrl: c.reviewUrl ?? '', uid: c.uid ?? null })
  const bodies = new Map(d.articles.map((a) => [a.id, a.body]))
  const ps = db.prepare(
    `INSERT INTO passages (id, article_id, start, "end", exact, prefix, suffix, kind, note, orphaned, editor, created_at, updated_at, uid)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  for (const p of d.passages) {
    const body = bodies.get(p.articleId)
    if (body === undefined)
      throw new FactdeskError('invalid_input', `passage ${p.id} refers to a missing article ${p.articleId}`)
    if (p.end <= p.start || p.end > body.length) {
      throw new FactdeskError('invalid_input', `passage ${p.id} has offsets outside its article`)
    }
    const s = p.selector
    ps.run(
      p.id,
      p.articleId,
      p.start,
      p.end,
      s.exact,
      s.prefix,
      s.suffix,
      p.kind,
      p.note,
      p.orphaned ? 1 : 0,
      p.editor,
      p.createdAt,
      p.updatedAt,
      p.uid ?? null
    )
  }
  const ln = db.prepare(
    'INSERT INTO links (passage_id, claim_id, role, editor, created_at, uid) VALUES (?, ?, ?, ?, ?, ?)'
  )
  for (const l of d.links) ln.run(l.passageId, l.claimId, l.role, l.editor, l.createdAt, l.uid ?? null)
  const hi = db.prepare(
    `INSERT INTO history (id, at, editor, entity, entity_id, action, field, old_value, new_value, uid, entity_uid)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  for (const h of d.history)
    hi.run(
      h.id,
      h.at,
      h.editor,
      h.entity,
      h.entityId,
      h.action,
      h.field,
      h.oldValue,
      h.newValue,
      h.uid ?? null,
      h.entityUid ?? null
    )
  const broken = db.pragma('foreign_key_check') as unknown[]
  if (broken.length) throw new FactdeskError('invalid_input', 'the export refers to rows it does not contain')
}

/** Stable JSON text of a dump: two-space indent, a final newline, HTML-safe escapes. */
export function dumpText(d: ProjectDump): string {
  return safeJsonText(d, 2) + '\n'
}
