import { describe, expect, it } from 'vitest'
import type { ProjectInfo } from '../../../src/shared/domain'
import { applyToEdit } from '../../../src/renderer/src/store/apply/edit'
import { applyToPanes } from '../../../src/renderer/src/store/apply/panes'
import { applyToProject } from '../../../src/renderer/src/store/apply/project'
import { changeOf, RELOAD_ALL } from '../../../src/renderer/src/store/change'
import { claim, passage, stateWith } from './state'

const project: ProjectInfo = {
  file: '/p.factdesk',
  title: 'P',
  schemaVersion: 1,
  articles: 3,
  passages: 5,
  claims: 2,
  readOnly: false
}

describe('project slice: apply', () => {
  it('moves the totals by what was written, new claims only once', () => {
    const s = stateWith({ project, claims: [claim(1)] })
    const p = passage({ articleId: 1, claimId: 1, role: 'states' })
    expect(
      applyToProject(s, { passages: [{ before: null, after: p }], claims: { upserted: [claim(1), claim(9)] } })
    ).toEqual({ project: { ...project, passages: 6, claims: 3 } })
    expect(applyToProject(s, changeOf.articleDeleted({ id: 1, passages: [p, { ...p, id: 99 }] }))).toEqual({
      project: { ...project, articles: 2, passages: 3 }
    })
  })

  it('does not count a draft, and keeps the project object when nothing moved', () => {
    const s = stateWith({ project })
    const draft = passage({ articleId: 1, id: -1 })
    const real = passage({ articleId: 1 })
    expect(applyToProject(s, { passages: [{ before: draft, after: real }] }).project!.passages).toBe(6)
    expect(applyToProject(s, { passages: [{ before: real, after: { ...real, note: 'x' } }] })).toEqual({})
  })
})

describe('panes slice: apply', () => {
  it('empties the panes that showed a deleted article', () => {
    const s = stateWith({ panes: [{ articleId: 1 }, { articleId: 2 }] })
    expect(applyToPanes(s, { articles: { removed: [1] } })).toEqual({ panes: [{ articleId: null }, { articleId: 2 }] })
    expect(applyToPanes(s, { articles: { removed: [5] } })).toEqual({})
  })
})

describe('edit slice: apply', () => {
  it('takes the undo labels an undo answered with, and bumps the revision where copies go stale', () => {
    const undo = { canUndo: true, canRedo: true, undoLabel: 'Tag claim', redoLabel: 'Delete claim' }
    expect(applyToEdit(stateWith({ revision: 4 }), changeOf.stepped(undo))).toEqual({ undoState: undo, revision: 5 })
    expect(changeOf.stepped(undo).reload).toEqual(RELOAD_ALL)
    expect(applyToEdit(stateWith({}), changeOf.claimUpdated(claim(1)))).toEqual({})
  })
})
