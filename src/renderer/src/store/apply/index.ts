import { DOMAINS, type Change, type ChangeState, type Domain } from '../change'
import { applyToArticles } from './articles'
import { applyToClaims } from './claims'
import { applyToEdit } from './edit'
import { applyToPanes } from './panes'
import { applyToPassages } from './passages'
import { applyToProject } from './project'

const REDUCERS: Record<Domain, (s: ChangeState, c: Change) => Partial<ChangeState>> = {
  passages: applyToPassages,
  claims: applyToClaims,
  articles: applyToArticles,
  panes: applyToPanes,
  project: applyToProject,
  edit: applyToEdit
}

/**
 * The one place a write's result reaches the store's data: every slice (or those named in
 * `only`) applies its own part of the change to the state before it. Pure, so a test can hold it
 * against a reload from the services.
 */
export function applyChange(s: ChangeState, c: Change, only: readonly Domain[] = DOMAINS): Partial<ChangeState> {
  return Object.assign({}, ...only.map((d) => REDUCERS[d](s, c))) as Partial<ChangeState>
}
