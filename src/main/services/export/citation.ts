/**
 * Joining bibliographic parts into sentences without doubled punctuation: a title that already
 * ends in "." "?" or "!" (or an outlet such as "Bay Post Ltd.") gets no second full stop, and
 * empty parts leave no stray separators ("election.. Al Jazeera" was the bug).
 */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/

/** Trims a part and drops separator punctuation left dangling at its end (",", ";", ":"). */
function clean(part: string | null | undefined): string {
  return (part ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:]+$/, '')
}

/** One sentence: the parts joined by ", " and ended with a full stop unless it already ends one. */
export function sentence(parts: (string | null | undefined)[]): string {
  const kept = parts.map(clean).filter(Boolean)
  if (kept.length === 0) return ''
  const out: string[] = []
  kept.forEach((p, i) => {
    // A part ending in its own full stop ("Ltd.") is followed by a comma all the same.
    out.push(i === 0 ? p : `, ${p}`)
  })
  const text = out.join('')
  return ENDS_SENTENCE.test(text) ? text : `${text}.`
}

/** Sentences joined by single spaces, each already ended by sentence(). */
export function sentences(...list: string[]): string {
  return list.filter(Boolean).join(' ')
}
