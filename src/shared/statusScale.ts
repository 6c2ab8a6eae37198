import type { StatusDef } from './domain'

/** The default verification scale from product.md; a project may change it. */
export const DEFAULT_STATUSES: readonly StatusDef[] = [
  { key: 'unverified', label: 'Unverified', rating: null, retired: false },
  { key: 'in_progress', label: 'In progress', rating: null, retired: false },
  { key: 'true', label: 'True', rating: 5, retired: false },
  { key: 'mostly_true', label: 'Mostly true', rating: 4, retired: false },
  { key: 'mixed', label: 'Mixed', rating: 3, retired: false },
  { key: 'misleading', label: 'Misleading', rating: 2, retired: false },
  { key: 'mostly_false', label: 'Mostly false', rating: 2, retired: false },
  { key: 'false', label: 'False', rating: 1, retired: false },
  { key: 'unproven', label: 'Unproven', rating: null, retired: false }
]

export const INITIAL_STATUS = 'unverified'

export function statusLabel(statuses: readonly StatusDef[], key: string): string {
  return statuses.find((s) => s.key === key)?.label ?? key
}
