export const KINDS = ['claim', 'denial', 'evidence'] as const
export type Kind = (typeof KINDS)[number]

export const ROLES = ['states', 'denies', 'supports', 'refutes', 'context'] as const
export type Role = (typeof ROLES)[number]

export const STANCES = ['supports', 'refutes', 'context'] as const
export type Stance = (typeof STANCES)[number]

/** The role a passage of a given kind takes when the editor does not choose one. */
export function defaultRole(kind: Kind): Role {
  if (kind === 'claim') return 'states'
  if (kind === 'denial') return 'denies'
  return 'supports'
}

export function rolesForKind(kind: Kind): readonly Role[] {
  if (kind === 'claim') return ['states']
  if (kind === 'denial') return ['denies']
  return STANCES
}

export interface StatusDef {
  key: string
  label: string
  /** ClaimReview rating 1..5, or null where the status carries no verdict. */
  rating: number | null
  retired: boolean
}

export interface Settings {
  title: string
  editorName: string
  publisherName: string
  publisherUrl: string
  /** The published fact-check: its headline and the page it is on (both may be empty). */
  reviewTitle: string
  reviewUrl: string
  /** Text shown at the top of the report, before the summary. */
  introduction: string
  /** Claim ids in the order the report lists them; claims not named follow in id order. */
  claimOrder: number[]
  statuses: StatusDef[]
}

export interface ProjectInfo {
  file: string
  title: string
  schemaVersion: number
  articles: number
  passages: number
  claims: number
  readOnly: boolean
  /** Why edits are off, when readOnly: another window holds it, or the file or folder cannot be written. */
  readOnlyReason?: string
}

/** App-wide preferences, the same for every project. */
export interface AppPrefs {
  /** The name the editor gave on first use; null until then. */
  editorName: string | null
  /** The OS login, offered as the name until the editor gives one. */
  suggestedEditorName: string
  /** Where a new project typed as a bare name goes; null where the working directory is used. */
  projectsFolder: string | null
}

export interface RecentProject {
  file: string
  title: string
  openedAt: string
  /** The file is no longer where it was opened (moved, deleted, an unplugged drive). */
  missing?: true
}

export interface ArticleMeta {
  title: string
  outlet: string | null
  author: string | null
  url: string | null
  publishedAt: string | null
  language: string | null
}

export interface ArticleSummary extends ArticleMeta {
  id: number
  chars: number
  counts: Record<Kind, number>
}

export interface Article extends ArticleMeta {
  id: number
  body: string
  contentHash: string
  source: string | null
  importedAt: string
}

export interface Passage {
  id: number
  articleId: number
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  kind: Kind
  note: string
  claimId: number | null
  role: Role | null
  /** True when an edit of the article's text left no place for it; it keeps its old selectors. */
  orphaned: boolean
  editor: string
  createdAt: string
  updatedAt: string
}

export interface Claim {
  id: number
  text: string
  claimant: string
  status: string
  rationale: string
  note: string
  /** The published fact-check's page for this claim (ClaimReview's url), or ''. Optional only so
   *  claims built by hand (tests, older clients) still type-check; the services always set it. */
  reviewUrl?: string
  createdAt: string
  updatedAt: string
}

export interface ClaimSummary extends Claim {
  counts: { states: number; denies: number; evidence: number }
}

export interface HistoryEntry {
  id: number
  at: string
  editor: string
  entity: 'article' | 'passage' | 'claim' | 'settings' | 'project'
  entityId: number | null
  action: string
  field: string | null
  oldValue: string | null
  newValue: string | null
}

export interface TagResult {
  passage: Passage
  claim: Claim | null
}

export interface ImportSummary {
  imported: { id: number; title: string; source: string }[]
  skipped: { source: string; reason: string }[]
  failed: { source: string; error: string }[]
}

export interface ImportProgress {
  jobId: string
  done: number
  total: number
  /** The file being read now, or null between files. */
  current: string | null
  summary: ImportSummary
  finished: boolean
  cancelled: boolean
}

export const SEARCH_TYPES = ['article', 'passage', 'claim', 'note'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

export interface SearchHit {
  type: SearchType
  id: number
  articleId: number | null
  title: string
  /** Plain text with the matched words between \u0002 and \u0003 (rendered as marks, never HTML). */
  snippet: string
  score: number
  /** Where in the article body the hit is, so the reader can scroll to it. */
  offset: number | null
}

export interface UpdateTextResult {
  article: Article
  placed: number
  orphaned: number[]
  /** The article's passages as re-anchored, so a view can take them without asking again. */
  passages: Passage[]
}

/** A passage after an edit, with the claim it is now linked to (new when the edit made one). */
export interface PassageUpdateResult extends Passage {
  claim: Claim | null
}
