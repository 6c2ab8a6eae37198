import type { ExportPreview } from '../../../shared/contract/export'

/**
 * What keeps claims out of ClaimReview or makes their markup incomplete: no verdict, no review
 * url. Shown only while ClaimReview is the chosen format; other formats carry every claim.
 */
export function ExportWarnings({ preview }: { preview: ExportPreview | null }) {
  const noVerdict = preview?.withoutVerdict ?? []
  const noUrl = preview?.withoutReviewUrl ?? []
  return (
    <>
      {noVerdict.length > 0 && (
        <div className="export-warning" role="status">
          {noVerdict.length} {noVerdict.length === 1 ? 'claim has' : 'claims have'} no verdict and cannot go into
          ClaimReview:
          <List items={noVerdict.map((c) => ({ id: c.id, text: c.text, extra: c.status }))} />
        </div>
      )}
      {noUrl.length > 0 && (
        <div className="export-warning" role="status">
          {noUrl.length} {noUrl.length === 1 ? 'claim has' : 'claims have'} no review URL (set one in the claim&apos;s
          Review URL, or the published fact-check&apos;s address in Project settings):
          <List items={noUrl} />
        </div>
      )}
    </>
  )
}

function List({ items }: { items: { id: number; text: string; extra?: string }[] }) {
  return (
    <ul>
      {items.slice(0, 8).map((c) => (
        <li key={c.id}>
          {c.text} {c.extra && <span className="muted">({c.extra})</span>}
        </li>
      ))}
      {items.length > 8 && <li>and {items.length - 8} more</li>}
    </ul>
  )
}
