import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { SpanMatch } from '../../src/shared/contract/matching'
import { loadLexicon } from '../../src/main/services/matching/lexicon'
import { foldQuotes, terms, tokenize } from '../../src/main/services/matching/normalise'
import { segmentSentences } from '../../src/main/services/matching/segment'
import { stem } from '../../src/main/services/matching/stem'
import { indexNeedsSync } from '../../src/main/services/matching/index'
import { SCHEMA_VERSION } from '../../src/main/store/migrations'
import { newWorkspace, useTempDirs } from './helpers'
import { useProject } from './serviceHarness'

const lex = loadLexicon()
const sentences = (t: string) => segmentSentences(t, lex).map((s) => s.text)

describe('sentence segmentation', () => {
  it('keeps abbreviations and initialisms inside a sentence', () => {
    expect(sentences('Dr. Smith met U.S. officials in Washington. The U.S. Army said no. They left.')).toEqual([
      'Dr. Smith met U.S. officials in Washington.',
      'The U.S. Army said no.',
      'They left.'
    ])
  })
  it('ends a sentence after an initialism when a new sentence starts', () => {
    expect(sentences('Officials flew to the U.S. They landed at noon.')).toEqual([
      'Officials flew to the U.S.',
      'They landed at noon.'
    ])
  })
  it('keeps the attribution with its quote and splits quoted sentences', () => {
    expect(sentences('"We are closing the bridge," she said. "It is unsafe." Mr. Jones left.')).toEqual([
      '"We are closing the bridge," she said.',
      '"It is unsafe."',
      'Mr. Jones left.'
    ])
    expect(sentences('“Is it safe?” he asked. Nobody answered.')).toEqual([
      '“Is it safe?” he asked.',
      'Nobody answered.'
    ])
  })
  it('treats a line without a full stop as a headline of its own', () => {
    const text = 'Bridge to close in April\n\nThe bridge will close. Ferries will run.'
    const s = segmentSentences(text, lex)
    expect(s.map((x) => x.text)).toEqual(['Bridge to close in April', 'The bridge will close.', 'Ferries will run.'])
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text)
  })
})

describe('normalisation', () => {
  it('folds curly quotes and dashes without moving offsets', () => {
    const s = '“It’s shut” — ‘she’ said'
    expect(foldQuotes(s)).toBe(`"It's shut" - 'she' said`)
    expect(foldQuotes(s).length).toBe(s.length)
  })
  it('tokenizes with offsets, initialisms and possessives', () => {
    const t = tokenize('Okafor’s U.S. trip')
    expect(t.map((x) => x.word)).toEqual(['okafor', 'u.s.', 'trip'])
    expect(t[1]).toMatchObject({ start: 9, end: 13 })
  })
  it('stems with the Porter stemmer and leaves numbers alone', () => {
    expect(stem('closing')).toBe('close')
    expect(stem('disrupted')).toBe(stem('disrupt'))
    expect(stem('inspections')).toBe(stem('inspection'))
    expect(stem('2025')).toBe('2025')
  })
  it('maps synonym phrases, irregular forms and reported speech to the same terms', () => {
    const t = (s: string) => terms(s, lex).map((x) => x.term)
    expect(t('the United States')).toEqual(t('the USA'))
    expect(t('the U.S.')).toEqual(t('the USA'))
    expect(t('they interfered with the vote')).toEqual(t('they disrupt the vote'))
    const bag = (s: string) => t(s).sort()
    expect(bag('"We are closing the bridge," Okafor said.')).toEqual(bag('Okafor said they would close the bridge.'))
    expect(t('inspectors found rust')).toEqual(t('inspectors discover corrosion'))
  })
})

describe('the matching index', () => {
  const tempDir = useTempDirs()
  const h = useProject(tempDir)
  const paste = (title: string, body: string) => h.call<{ id: number; body: string }>('articles.paste', { title, body })
  const spanOf = (a: { id: number; body: string }, quote: string) => {
    const start = a.body.indexOf(quote)
    return { articleId: a.id, start, end: start + quote.length }
  }
  const count = (table: string) =>
    h.ws.read((db) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number)

  it('indexes an article when it is added and finds it from another', async () => {
    const a = await paste('A', 'The mayor said the USA would disrupt the harbour trade. Ferries run daily.')
    const b = await paste('B', 'Officials said the United States will interfere with harbour trade, the mayor warned.')
    expect(count('match_articles')).toBe(2)
    expect(count('match_sentences')).toBe(3)
    const r = await h.call<SpanMatch[]>('match.forSpan', {
      ...spanOf(a, 'the USA would disrupt the harbour trade'),
      limit: 5
    })
    // The restatement without its attributions ("Officials said", "the mayor warned").
    expect(r[0]).toMatchObject({
      articleId: b.id,
      start: b.body.indexOf('the United States'),
      text: 'the United States will interfere with harbour trade'
    })
    expect(r[0].matchedWords).toEqual(expect.arrayContaining(['United States', 'interfere with', 'harbour', 'trade']))
    expect(r.every((m) => m.articleId !== a.id)).toBe(true)
  })

  it('finds a restatement made only of everyday words, whose terms each fill thousands of sentences', async () => {
    // Each of ferry, left and harbour is in two thirds of 19,500 sentences (more than a lookup
    // reads of one term), and no sentence but the restatement holds all three.
    const everyday = Array.from(
      { length: 19_500 },
      (_, i) => [`The ferry left at ${i}.`, `The harbour ferry waited ${i}.`, `Crews left the harbour ${i}.`][i % 3]
    ).join(' ')
    await paste('Log', everyday)
    const b = await paste('B', 'Rain fell. At dawn the ferry left the harbour, crews said.')
    const a = await paste('A', 'Witnesses said the ferry left the harbour.')
    const r = await h.call<SpanMatch[]>('match.forSpan', { ...spanOf(a, 'the ferry left the harbour'), limit: 3 })
    expect(r[0]).toMatchObject({ articleId: b.id, text: 'At dawn the ferry left the harbour' })
  }, 60_000)

  it('stays in step when an article is deleted or its addition undone', async () => {
    const a = await paste('A', 'The council will close the old pier for repairs.')
    const b = await paste('B', 'The old pier will be closed for repairs, the council said.')
    await paste('C', 'The old pier closure for repairs was announced by the council.')
    h.ws.write(({ db }) => db.prepare('DELETE FROM articles WHERE id = ?').run(b.id))
    const r = await h.call<SpanMatch[]>('match.forSpan', spanOf(a, 'The council will close the old pier for repairs.'))
    expect(r.map((m) => m.articleId)).not.toContain(b.id)
    expect(count('match_articles')).toBe(2)
    // The FTS index agrees with the sentences it indexes (integrity-check throws otherwise).
    h.ws.write(({ db }) => db.exec("INSERT INTO match_fts(match_fts) VALUES ('integrity-check')"), { undoable: false })
    const docs = h.ws.read((db) => db.prepare(`SELECT doc FROM match_vocab WHERE term = 'pier'`).pluck().get())
    expect(docs).toBe(2)
    // Undo brings the deleted article back; the lookup indexes it again.
    await h.call('edit.undo')
    const back = await h.call<SpanMatch[]>(
      'match.forSpan',
      spanOf(a, 'The council will close the old pier for repairs.')
    )
    expect(back.map((m) => m.articleId)).toContain(b.id)
    expect(count('match_articles')).toBe(3)
    // Undoing the third paste takes its article out of the results and the index.
    await h.call('edit.undo')
    const two = await h.call<SpanMatch[]>(
      'match.forSpan',
      spanOf(a, 'The council will close the old pier for repairs.')
    )
    expect(two.map((m) => m.articleId)).toEqual([b.id])
    expect(count('match_articles')).toBe(2)
  })

  it('indexes lazily: articles missing from the index or from an older version', async () => {
    const a = await paste('A', 'Inspectors found serious corrosion in the main cables.')
    const b = await paste('B', 'Severe corrosion was discovered in the main cables by inspectors.')
    h.ws.write(({ db }) => {
      db.exec('DELETE FROM match_sentences')
      db.prepare("UPDATE match_articles SET version = 'old'").run()
    })
    expect(h.ws.read((db) => indexNeedsSync(db, lex))).toBe(true)
    const r = await h.call<SpanMatch[]>(
      'match.forSpan',
      spanOf(a, 'Inspectors found serious corrosion in the main cables.')
    )
    expect(r[0]?.articleId).toBe(b.id)
    expect(h.ws.read((db) => indexNeedsSync(db, lex))).toBe(false)
  })

  it('matches in memory, without writing, on a project opened read-only', async () => {
    const a = await paste('A', 'Inspectors found serious corrosion in the main cables.')
    const b = await paste('B', 'Severe corrosion was discovered in the main cables by inspectors.')
    h.ws.write(({ db }) => db.exec('DELETE FROM match_articles; DELETE FROM match_sentences'))
    const reader = newWorkspace('a second reader')
    reader.open(h.file, 'read')
    try {
      const { createHandlers } = await import('../../src/main/services/handlers')
      const { dispatch } = await import('../../src/main/services/dispatch')
      const handlers = createHandlers(reader, { version: 'test', shell: 'browser' })
      const r = await dispatch(handlers, 'match.forSpan', spanOf(a, 'Inspectors found serious corrosion'))
      expect(r.ok && (r.value as SpanMatch[])[0]?.articleId).toBe(b.id)
    } finally {
      reader.close()
    }
    expect(count('match_articles')).toBe(0)
  })

  it('lists the articles that probably mention a claim but are not linked to it yet', async () => {
    const a = await paste('A', 'The mayor said the ferry pier will close in May for repairs.')
    const b = await paste('B', 'The ferry pier closes in May for repairs, according to the mayor.')
    const c = await paste('C', 'Ferry pier repairs will close it in May, the mayor confirmed on Friday.')
    await paste('D', 'Football season tickets went on sale on Monday.')
    const s = spanOf(a, 'the ferry pier will close in May for repairs')
    const tagged = await h.call<{ claim: { id: number } }>('passages.tag', {
      ...s,
      kind: 'claim',
      newClaimText: 'The ferry pier will close in May'
    })
    const cs = spanOf(c, 'Ferry pier repairs will close it in May')
    await h.call('passages.tag', { ...cs, kind: 'claim', claimId: tagged.claim.id })
    const unlinked = await h.call<{ articleId: number; title: string }[]>('match.unlinkedForClaim', {
      claimId: tagged.claim.id
    })
    expect(unlinked.map((u) => u.articleId)).toEqual([b.id])
    expect(unlinked[0].title).toBe('B')
  })

  it('suggests kinds with reasons and leaves out what is already tagged', async () => {
    const a = await paste(
      'A',
      'The company denied that its pipes were to blame. According to the 2025 report, 4 of 36 bands were corroded. "We will close the bridge in April," the commissioner said.'
    )
    const s = await h.call<{ kind: string; start: number; reason: string }[]>('suggest.forArticle', { articleId: a.id })
    expect(s.map((x) => x.kind)).toEqual(['denial', 'evidence', 'claim'])
    expect(s[0].reason).toMatch(/denied/)
    await h.call('passages.tag', { articleId: a.id, start: 0, end: 20, kind: 'denial', newClaimText: 'Pipes' })
    const after = await h.call<{ kind: string }[]>('suggest.forArticle', { articleId: a.id })
    expect(after.map((x) => x.kind)).toEqual(['evidence', 'claim'])
  })
})

describe('migration v3 (matching index)', () => {
  const tempDir = useTempDirs()

  it('adds the index tables to a v2 project, which is then indexed lazily on the first lookup', async () => {
    const { join } = await import('node:path')
    const Database = (await import('better-sqlite3')).default
    const file = join(tempDir(), 'old.factdesk')
    const ws = newWorkspace()
    ws.create(file, 'Old')
    ws.write(({ db }) => {
      db.prepare(
        `INSERT INTO articles (title, body, content_hash, imported_at, updated_at) VALUES (?, ?, ?, ?, ?)`
      ).run('A', 'Inspectors found serious corrosion in the cables.', 'h1', 'now', 'now')
      db.prepare(
        `INSERT INTO articles (title, body, content_hash, imported_at, updated_at) VALUES (?, ?, ?, ?, ?)`
      ).run('B', 'Severe corrosion was discovered in the cables.', 'h2', 'now', 'now')
    })
    ws.close()
    // Make it a v2 file: no matching tables.
    const raw = new Database(file)
    raw.exec(`DROP TABLE match_vocab; DROP TABLE match_fts; DROP TABLE match_sentences; DROP TABLE match_articles;
              PRAGMA user_version = 2;`)
    raw.close()

    const reopened = newWorkspace()
    expect(reopened.open(file, 'write').schemaVersion).toBe(SCHEMA_VERSION)
    try {
      const plan = reopened.read(
        (db) =>
          db.prepare('EXPLAIN QUERY PLAN SELECT id FROM match_sentences WHERE article_id = ?').all(1) as {
            detail: string
          }[]
      )
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/match_sentences_article/)
      const { createHandlers } = await import('../../src/main/services/handlers')
      const { dispatch } = await import('../../src/main/services/dispatch')
      const r = await dispatch(createHandlers(reopened, { version: 't', shell: 'browser' }), 'match.forSpan', {
        articleId: 1,
        start: 0,
        end: 30
      })
      expect(r.ok && (r.value as SpanMatch[])[0]?.articleId).toBe(2)
      expect(reopened.read((db) => db.prepare('SELECT count(*) FROM match_articles').pluck().get())).toBe(2)
    } finally {
      reopened.close()
    }
  })
})

describe('indexing a long article in slices', () => {
  const tempDir = useTempDirs()
  const BODY = Array.from(
    { length: 120 },
    (_, i) =>
      `Inspectors found serious corrosion on cable band ${i}. "It is unsafe," the engineer said of band ${i}.` +
      (i % 5 === 4 ? '\n\n' : ' ')
  )
    .join('')
    .trim()

  it('writes exactly what indexing it whole writes, one sentence per slice if need be', async () => {
    const { join } = await import('node:path')
    const { indexArticle, SlicedIndexer } = await import('../../src/main/services/matching/index')
    const ws = newWorkspace()
    ws.create(join(tempDir(), 'slices.factdesk'), 'Slices')
    ws.write(({ db }) =>
      db
        .prepare(
          `INSERT INTO articles (id, title, body, content_hash, imported_at, updated_at) VALUES (1, 'A', ?, 'h', 'now', 'now')`
        )
        .run(BODY)
    )
    const rows = (db: Database.Database) => ({
      sentences: db
        .prepare('SELECT seq, start, "end", terms FROM match_sentences WHERE article_id = 1 ORDER BY seq')
        .all(),
      article: db.prepare('SELECT content_hash, version, sentences FROM match_articles WHERE article_id = 1').get()
    })
    try {
      const whole = ws.write(({ db }) => {
        indexArticle(db, 1, BODY, 'h', lex)
        return rows(db)
      })
      const sliced = new SlicedIndexer(1, BODY, 'h', lex)
      let slices = 0
      // Each slice its own transaction, as in the background; a zero budget still makes progress.
      while (!ws.write(({ db }) => sliced.step(db, 0))) {
        slices++
        expect(ws.read((db) => db.prepare('SELECT count(*) FROM match_articles').pluck().get())).toBe(0)
      }
      expect(slices).toBeGreaterThan(100)
      expect(ws.read(rows)).toEqual(whole)
    } finally {
      ws.close()
    }
  })

  it('stands down when a lookup has indexed the article whole between slices', async () => {
    const { join } = await import('node:path')
    const { indexArticle, SlicedIndexer } = await import('../../src/main/services/matching/index')
    const ws = newWorkspace()
    ws.create(join(tempDir(), 'standdown.factdesk'), 'Stand down')
    ws.write(({ db }) =>
      db
        .prepare(
          `INSERT INTO articles (id, title, body, content_hash, imported_at, updated_at) VALUES (1, 'A', ?, 'h', 'now', 'now')`
        )
        .run(BODY)
    )
    try {
      const sliced = new SlicedIndexer(1, BODY, 'h', lex)
      expect(ws.write(({ db }) => sliced.step(db, 0))).toBe(false)
      ws.write(({ db }) => indexArticle(db, 1, BODY, 'h', lex))
      const count = () => ws.read((db) => db.prepare('SELECT count(*) FROM match_sentences').pluck().get())
      const before = count()
      expect(ws.write(({ db }) => sliced.step(db, 50))).toBe(true)
      expect(count()).toBe(before)
    } finally {
      ws.close()
    }
  })
})
