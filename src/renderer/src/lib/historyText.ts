import type { HistoryEntry, Kind, Role } from '../../../shared/domain'

/** What a sentence about a history entry needs to know that the entry itself does not say. */
export interface HistoryContext {
  claimText(id: number): string | undefined
  statusLabel(key: string): string
  /** The passage's kind and where it is, when known (outlet, or the article's title). */
  passage(id: number): { kind: Kind; where: string } | undefined
  article(id: number): string | undefined
}

const ROLE_WORDS: Record<Role, string> = {
  states: 'as stating it',
  denies: 'as denying it',
  supports: 'as support',
  refutes: 'as refuting it',
  context: 'as context'
}

const FIELD_WORDS: Record<string, string> = {
  claimant: 'claimant',
  rationale: 'rationale',
  note: 'note',
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  url: 'address',
  publishedAt: 'date',
  language: 'language',
  editorName: 'editor name',
  publisherName: 'publisher',
  publisherUrl: 'publisher address',
  importMaxBytes: 'import size limit',
  statuses: 'status scale'
}

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s)
const quoted = (s: string | null | undefined) => (s ? `“${short(s)}”` : 'nothing')

function parse<T>(v: string | null): T | null {
  if (v === null) return null
  try {
    return JSON.parse(v) as T
  } catch {
    return null
  }
}

const article = (kind: Kind | undefined) => (kind === 'evidence' ? 'an evidence' : kind ? `a ${kind}` : 'a')

/** An entry as a sentence an editor reads: who did what to which thing, without ids or JSON. */
export function describeHistory(e: HistoryEntry, ctx: HistoryContext): string {
  const who = e.editor || 'Someone'
  if (e.entity === 'claim') {
    const claim = quoted(ctx.claimText(e.entityId ?? -1) ?? (e.action === 'create' ? e.newValue : e.oldValue))
    if (e.action === 'create') return `${who} created the claim ${quoted(e.newValue)}`
    if (e.action === 'delete') return `${who} deleted the claim ${quoted(e.oldValue)}`
    if (e.field === 'status') {
      const was = e.oldValue ? ` (was ${ctx.statusLabel(e.oldValue)})` : ''
      return `${who} set ${claim} to ${ctx.statusLabel(e.newValue ?? '')}${was}`
    }
    if (e.field === 'text') return `${who} reworded the claim ${quoted(e.oldValue)} as ${quoted(e.newValue)}`
    const field = FIELD_WORDS[e.field ?? ''] ?? e.field ?? 'details'
    return e.newValue
      ? `${who} set the ${field} of ${claim} to ${quoted(e.newValue)}`
      : `${who} cleared the ${field} of ${claim}`
  }
  if (e.entity === 'passage') {
    const known = ctx.passage(e.entityId ?? -1)
    const created = e.action === 'create' ? parse<{ articleId: number; kind: Kind; exact: string }>(e.newValue) : null
    const deleted = e.action === 'delete' ? parse<{ articleId: number; kind: Kind; exact: string }>(e.oldValue) : null
    const kind = known?.kind ?? created?.kind ?? deleted?.kind
    const whereId = created?.articleId ?? deleted?.articleId
    const where = known?.where ?? (whereId !== undefined ? ctx.article(whereId) : undefined)
    const subject = `${article(kind)} passage${where ? ` in ${where}` : ''}`
    switch (e.action) {
      case 'create':
        return `${who} tagged ${subject}: ${quoted(created?.exact)}`
      case 'delete':
        return `${who} deleted ${subject}`
      case 'link': {
        const link = parse<{ claimId: number; role: Role }>(e.newValue)
        const claim = link ? quoted(ctx.claimText(link.claimId) ?? `claim ${link.claimId}`) : 'a claim'
        return `${who} linked ${subject} to ${claim}${link?.role ? ` ${ROLE_WORDS[link.role]}` : ''}`
      }
      case 'orphan':
        return `${subject[0].toUpperCase()}${subject.slice(1)} lost its place when the article's text changed`
      case 'reanchor':
        return `${who} put ${subject} back in place`
    }
    if (e.field === 'kind') return `${who} made ${subject} ${article(e.newValue as Kind)} passage (was ${e.oldValue})`
    if (e.field === 'role' && e.newValue) {
      return `${who} marked ${subject} ${ROLE_WORDS[e.newValue as Role] ?? e.newValue}`
    }
    if (e.field === 'claim') {
      const to = e.newValue && e.newValue !== 'null' ? ctx.claimText(Number(e.newValue)) : undefined
      return to ? `${who} linked ${subject} to ${quoted(to)}` : `${who} unlinked ${subject} from its claim`
    }
    if (e.field === 'span') {
      const span = parse<{ exact: string }>(e.newValue)
      return `${who} changed the span of ${subject} to ${quoted(span?.exact)}`
    }
    if (e.field === 'note')
      return e.newValue ? `${who} noted on ${subject}: ${quoted(e.newValue)}` : `${who} cleared the note on ${subject}`
    return `${who} changed ${subject}`
  }
  if (e.entity === 'project') {
    if (e.action === 'undo' || e.action === 'redo')
      return `${who} ${e.action === 'undo' ? 'undid' : 'redid'} ${e.newValue ?? 'an edit'}`
    return `${who} changed the project`
  }
  if (e.entity === 'article') {
    const title = quoted(ctx.article(e.entityId ?? -1) ?? e.newValue ?? e.oldValue)
    if (e.action === 'create') return `${who} added the article ${quoted(e.newValue)}`
    if (e.action === 'delete') return `${who} deleted the article ${title}`
    if (e.field === 'body') return `${who} corrected the text of ${title}`
    return `${who} changed the ${FIELD_WORDS[e.field ?? ''] ?? e.field} of ${title} to ${quoted(e.newValue)}`
  }
  const field = FIELD_WORDS[e.field ?? ''] ?? e.field ?? 'settings'
  return field === 'status scale'
    ? `${who} changed the status scale`
    : `${who} set the ${field} to ${quoted(e.newValue)}`
}

/** "14:02" today, "3 Mar, 14:02" this year, "3 Mar 2025, 14:02" before. */
export function historyTime(at: string, now = new Date()): string {
  const d = new Date(at)
  if (Number.isNaN(d.getTime())) return at
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
  if (d.toDateString() === now.toDateString()) return time
  const day = d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(d.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' })
  })
  return `${day}, ${time}`
}
