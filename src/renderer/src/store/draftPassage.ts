import { defaultRole, type Kind, type Passage, type Role } from '../../../shared/domain'

let lastDraft = 0

/**
 * The passage a tag is about to create, drawn before the service has answered: negative ids mark
 * it as a draft, which the reader shows as a plain highlight with no id and no controls.
 */
export function draftPassage(
  req: { articleId: number; start: number; end: number; kind: Kind; claimId?: number; role?: Role },
  body: string
): Passage {
  return {
    id: --lastDraft,
    articleId: req.articleId,
    start: req.start,
    end: req.end,
    exact: body.slice(req.start, req.end),
    prefix: '',
    suffix: '',
    kind: req.kind,
    note: '',
    claimId: req.claimId ?? null,
    role: req.role ?? defaultRole(req.kind),
    orphaned: false,
    editor: '',
    createdAt: '',
    updatedAt: ''
  }
}
