import { foldQuotes } from './normalise'

/** [start, end) inside the sentence it was cut from. */
export interface Cut {
  start: number
  end: number
}

const VERB =
  '(?:said|says|say|told|tells|added|adds|stated|states|claimed|claims|insisted|insists|warned|warns|argued|argues|announced|announces|wrote|writes|explained|explains|maintained|maintains|denied|denies|according to)'
const HAS_VERB = new RegExp(`\\b${VERB}\\b`, 'i')
const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length
/** A clause that starts like the rest of a sentence, not like an attribution. */
const NOT_ATTRIBUTION =
  /^(?:which|who|whom|that|and|but|or|although|because|when|while|as|if|so|though|after|before)\b/i

/**
 * The part of a sentence that restates its statement, as an editor would tag it: the quoted words
 * without "X said", "according to X", "X told the BBC", "in a statement, X said" or "said X", and
 * without the quote marks and trailing comma around them. `weight` scores a candidate part (how
 * much of the query it holds), so a sentence quoted in two parts keeps the part that matched.
 * Returns the whole sentence, trimmed, when it has no attribution to drop.
 */
export function statementCut(sentence: string, weight: (part: Cut) => number = () => 1): Cut {
  const text = foldQuotes(sentence)
  const whole = { start: 0, end: text.length }
  const quotes = quotedParts(text).filter((q) => WORDS(text.slice(q.start, q.end)) >= 4)
  if (quotes.length) {
    let outside = text
    for (const q of quotes)
      outside = outside.slice(0, q.start - 1) + ' '.repeat(q.end - q.start + 2) + outside.slice(q.end + 1)
    // Scare quotes inside a sentence of its own ("the plan is a 'reckless gamble with our money'") stay.
    if (HAS_VERB.test(outside) || WORDS(outside) <= 3) {
      const best = quotes.reduce((a, b) => (weight(b) > weight(a) ? b : a))
      return trimCut(text, best)
    }
  }
  const lead = leadingAttribution(text)
  const trail = trailingAttribution(text)
  const cut = { start: lead, end: trail }
  if (cut.start === 0 && cut.end === text.length) return whole
  return WORDS(text.slice(cut.start, cut.end)) >= 3 ? trimCut(text, cut) : whole
}

/** Spans inside matching double quotes (after folding, one code unit each, so offsets hold). */
function quotedParts(text: string): Cut[] {
  const out: Cut[] = []
  let open = -1
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue
    if (open < 0) open = i
    else {
      out.push({ start: open + 1, end: i })
      open = -1
    }
  }
  // A quote that runs on into the next paragraph has no closing mark.
  if (open >= 0 && open < 2) out.push({ start: open + 1, end: text.length })
  return out
}

// "told" takes a listener ("told the BBC", "told reporters that"); the other verbs go straight on.
const TOLD = '(?:told|tells)(?:\\s(?:the |an? )?\\p{Lu}[\\w.]*(?: \\p{Lu}[\\w.]*){0,3}|\\s[\\w ]{1,30}?(?=\\sthat\\b))?'
const SAID = new RegExp(
  `^(?:[Ii]n an? [\\w ]{1,30}, )?([^,"]{1,60}?)\\s(?:${TOLD}|${VERB})(?:\\son \\p{Lu}\\w+)?(?:,|:|\\sthat\\b|(?=\\s\\p{Ll}))\\s*`,
  'u'
)
/** Words a speaker's name does not hold: with them the "subject" is a clause of the statement. */
const NOT_A_NAME =
  /\b(?:will|would|is|was|are|were|has|have|had|can|could|should|may|might|because|and|but|if|when|not|never)\b/i

/** Where the statement starts after "According to X," / "X said (that)" / "In a statement, X said:". */
function leadingAttribution(text: string): number {
  const according = /^according to [^,]{1,80},\s*/i.exec(text)
  if (according) return according[0].length
  const said = SAID.exec(text)
  if (!said || WORDS(said[1]) > 8 || NOT_ATTRIBUTION.test(said[1]) || NOT_A_NAME.test(said[1])) return 0
  return said[0].length
}

/** Where the statement ends before ", X said." / ", said X." / ", according to X." at the end. */
function trailingAttribution(text: string): number {
  // From the last comma leftwards: ", said Piet Vandermeer, a spokesman for the company." is one clause.
  for (let comma = text.lastIndexOf(','); comma > 0; comma = text.lastIndexOf(',', comma - 1)) {
    const clause = text.slice(comma + 1).trim()
    if (WORDS(clause) > 14 || NOT_ATTRIBUTION.test(clause)) break
    if (HAS_VERB.test(clause) && !clause.includes('"')) return comma
  }
  return text.length
}

/** Drops surrounding spaces, quote marks and a trailing , ; : or . (not the full stop of "U.S."). */
function trimCut(text: string, cut: Cut): Cut {
  let { start, end } = cut
  while (start < end && /[\s"]/.test(text[start])) start++
  while (end > start && /[\s",;:.]/.test(text[end - 1])) {
    if (text[end - 1] === '.' && /(?:\p{L}\.){2,}$/u.test(text.slice(start, end))) break
    end--
  }
  return { start, end }
}
