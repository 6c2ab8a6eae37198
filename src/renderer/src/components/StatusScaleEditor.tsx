import type { StatusDef } from '../../../shared/domain'

interface Props {
  statuses: StatusDef[]
  /** Keys already saved in the project: these can be retired but not removed. */
  savedKeys: Set<string>
  onChange(next: StatusDef[]): void
}

function keyFor(label: string, taken: StatusDef[]): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 32) || 'status'
  let key = base
  for (let i = 2; taken.some((s) => s.key === key); i++) key = `${base}_${i}`
  return key
}

/** The project's verification scale: rename, reorder, add, retire, and ClaimReview ratings. */
export function StatusScaleEditor({ statuses, savedKeys, onChange }: Props) {
  const patch = (i: number, p: Partial<StatusDef>) => onChange(statuses.map((s, j) => (j === i ? { ...s, ...p } : s)))
  const move = (i: number, d: -1 | 1) => {
    const next = [...statuses]
    const [s] = next.splice(i, 1)
    next.splice(i + d, 0, s)
    onChange(next)
  }
  return (
    <fieldset className="status-scale">
      <legend>Verification statuses</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">ClaimReview rating</th>
            <th scope="col">Retired</th>
            <th scope="col">
              <span className="visually-hidden">Order</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((s, i) => (
            <tr key={s.key} className={s.retired ? 'retired' : undefined}>
              <td>
                <input
                  aria-label={`Label of status ${s.key}`}
                  value={s.label}
                  required
                  onChange={(e) => patch(i, { label: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={`Rating of status ${s.key}`}
                  value={s.rating ?? ''}
                  onChange={(e) => patch(i, { rating: e.target.value ? Number(e.target.value) : null })}
                >
                  <option value="">No verdict</option>
                  {[1, 2, 3, 4, 5].map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Retire status ${s.key}`}
                  checked={s.retired}
                  onChange={(e) => patch(i, { retired: e.target.checked })}
                />
              </td>
              <td className="status-order">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${s.label} up`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${s.label} down`}
                  disabled={i === statuses.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                {!savedKeys.has(s.key) && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${s.label}`}
                    onClick={() => onChange(statuses.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="small"
        onClick={() =>
          onChange([
            ...statuses,
            { key: keyFor('New status', statuses), label: 'New status', rating: null, retired: false }
          ])
        }
      >
        Add status
      </button>
      <p className="muted small">Statuses in use are retired rather than removed, so no claim loses its status.</p>
    </fieldset>
  )
}
