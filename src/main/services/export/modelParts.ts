import type Database from 'better-sqlite3'
import type { Role } from '../../../shared/domain'

/**
 * Who edited what the report shows: the editors in the history of its claims and of their
 * passages, in the order they first appear. The project's creator, a settings change or an import
 * is not editing the fact-check, so the OS login that created the file stays out of the byline.
 */
export function reportEditors(db: Database.Database, claimIds: number[], passageIds: number[]): string[] {
  return db
    .prepare(
      `SELECT editor FROM history
       WHERE (entity = 'claim' AND entity_id IN (SELECT value FROM json_each(?)))
          OR (entity = 'passage' AND entity_id IN (SELECT value FROM json_each(?)))
       GROUP BY editor ORDER BY min(id)`
    )
    .pluck()
    .all(JSON.stringify(claimIds), JSON.stringify(passageIds))
    .filter((e): e is string => typeof e === 'string' && e.trim() !== '')
}

export { orderedIds } from '../../../shared/claimOrder'

/** A readable date for reports: 2026-03-02 → "2 March 2026"; anything else as given. */
export function humanDate(iso: string | null): string {
  if (!iso) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
  ]
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`
}

export function roleLabel(role: Role | null): string {
  switch (role) {
    case 'states':
      return 'States'
    case 'denies':
      return 'Denies'
    case 'supports':
      return 'Supports'
    case 'refutes':
      return 'Refutes'
    case 'context':
      return 'Context'
    default:
      return ''
  }
}
