import { describe, expect, it } from 'vitest'
import type { Article, ClaimSummary, HistoryEntry, Passage, TagResult } from '../../src/shared/domain'
import { useProject } from './serviceHarness'
import { useTempDirs } from './helpers'

interface StepResult {
  label: string | null
  state: { canUndo: boolean; canRedo: boolean; undoLabel: string | null; redoLabel: string | null }
}

const BODY = 'The mayor said the pier is unsafe.\n\nThe ferry company denied any safety problem.'

describe('undo and redo', () => {
  const tmp = useTempDirs()
  const h = useProject(tmp)

  const paste = () => h.call<Article>('articles.paste', { title: 'Pier', body: BODY })
  const tagClaim = (articleId: number) =>
    h.call<TagResult>('passages.tag', {
      articleId,
      start: 19,
      end: 33,
      kind: 'claim',
      newClaimText: 'The pier is unsafe'
    })
  const counts = () => h.ws.requireInfo()

  it('undoes and redoes tagging, keeping the same ids', async () => {
    const article = await paste()
    const { passage, claim } = await tagClaim(article.id)
    expect(await h.call('edit.state')).toMatchObject({ canUndo: true, undoLabel: 'Tag claim', canRedo: false })

    const undone = await h.call<StepResult>('edit.undo')
    expect(undone.label).toBe('Tag claim')
    expect(counts()).toMatchObject({ passages: 0, claims: 0, articles: 1 })
    expect(undone.state).toMatchObject({ canRedo: true, redoLabel: 'Tag claim', undoLabel: 'Paste article' })

    await h.call<StepResult>('edit.redo')
    const passages = await h.call<Passage[]>('passages.listForArticle', { articleId: article.id })
    expect(passages).toHaveLength(1)
    expect(passages[0]).toMatchObject({ id: passage.id, claimId: claim!.id, role: 'states', exact: passage.exact })
  })

  it('restores a claim status and rationale', async () => {
    const article = await paste()
    const { claim } = await tagClaim(article.id)
    await h.call('claims.update', { id: claim!.id, status: 'false', rationale: 'Inspectors found it sound.' })
    await h.call('edit.undo')
    const [after] = await h.call<ClaimSummary[]>('claims.list')
    expect(after).toMatchObject({ status: 'unverified', rationale: '' })
    await h.call('edit.redo')
    const [again] = await h.call<ClaimSummary[]>('claims.list')
    expect(again).toMatchObject({ status: 'false', rationale: 'Inspectors found it sound.' })
  })

  it('brings back an article with its passages, links and search entries after a cascading delete', async () => {
    const article = await paste()
    await tagClaim(article.id)
    h.ws.write(({ db }) => db.prepare('DELETE FROM articles WHERE id = ?').run(article.id), { label: 'Delete article' })
    expect(counts()).toMatchObject({ articles: 0, passages: 0, claims: 1 })

    await h.call('edit.undo')
    expect(counts()).toMatchObject({ articles: 1, passages: 1, claims: 1 })
    const [p] = await h.call<Passage[]>('passages.listForArticle', { articleId: article.id })
    expect(p.claimId).not.toBeNull()
    const hits = h.ws.read((db) => db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'ferry'").all())
    expect(hits).toEqual([{ rowid: article.id }])
    expect(h.ws.read((db) => db.pragma('foreign_key_check'))).toEqual([])
  })

  it('a new action ends the redo chain', async () => {
    const article = await paste()
    await tagClaim(article.id)
    await h.call('edit.undo')
    await h.call('passages.tag', { articleId: article.id, start: 0, end: 9, kind: 'evidence' })
    expect(await h.call('edit.state')).toMatchObject({ canRedo: false, undoLabel: 'Tag evidence' })
    expect((await h.call<StepResult>('edit.redo')).label).toBeNull()
  })

  it('records undo and redo in the append-only history instead of erasing it', async () => {
    const article = await paste()
    await tagClaim(article.id)
    await h.call('edit.undo')
    await h.call('edit.redo')
    const history = await h.call<HistoryEntry[]>('history.list', {})
    expect(history.slice(0, 2).map((e) => [e.action, e.newValue])).toEqual([
      ['redo', 'Tag claim'],
      ['undo', 'Tag claim']
    ])
    expect(history.filter((e) => e.entity === 'passage' && e.action === 'create')).toHaveLength(1)
  })

  it('reaches back only to when the project was opened', async () => {
    await paste()
    h.ws.close()
    h.ws.open(h.file)
    expect(await h.call('edit.state')).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null })
    expect((await h.call<StepResult>('edit.undo')).label).toBeNull()
    expect(counts().articles).toBe(1)
  })

  it('does not log untracked bulk writes', async () => {
    h.ws.write(
      ({ db, editor, at }) => {
        db.prepare(
          `INSERT INTO articles (title, body, content_hash, imported_at, updated_at) VALUES ('Bulk', 'text', 'h1', ?, ?)`
        ).run(at, at)
        void editor
      },
      { undoable: false }
    )
    expect(await h.call('edit.state')).toMatchObject({ canUndo: false })
  })
})
