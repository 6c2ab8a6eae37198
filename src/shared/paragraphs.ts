/**
 * Plain text to paragraphs separated by blank lines, the only paragraph mark the reader knows.
 *
 * Text arrives in two shapes. Some files separate paragraphs with blank lines: their single line
 * breaks are hard wraps (or one sentence per line) and are joined. Others put each paragraph on
 * its own line: there a line that ends a sentence ends its paragraph. In both, a short line with
 * no final full stop followed by a capital (a subhead) and list items stand alone, and a line that
 * ends mid-sentence is joined to the next.
 */
export function paragraphise(text: string): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim()))
    .filter((b) => b.length > 0)
  const breaks = blocks.flatMap((b) => b.slice(0, -1))
  // One sentence per line with blank lines between paragraphs has more sentence-ending breaks
  // than blank lines; a file of one-line paragraphs with a blank line or two has far more.
  const sentenceBreaks = breaks.filter(endsSentence).length
  const lineMode = sentenceBreaks > 2 * (blocks.length - 1)
  const width = wrapWidth(blocks)
  return blocks.map((b) => splitBlock(b, lineMode, width).join('\n\n')).join('\n\n')
}

const ABBREVIATION = /(?:^|\s)(?:mr|mrs|ms|dr|prof|st|no|gov|sen|rep|gen|col|lt|sgt|jr|sr|vs|etc|inc|ltd|co)\.$/i
const CONTINUES = /(?:^|\s)(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|as|that|than|said|says|told)$/i
const LIST_ITEM = /^\s*(?:[-*•–]|\d{1,3}[.)])\s+\S/

/** Ends with . ! ? or … (a closing quote or bracket may follow), and not after "Mr." and the like. */
export function endsSentence(line: string): boolean {
  const t = line.trimEnd()
  if (!/[.!?…]["'”’»)\]]*$/.test(t)) return false
  return !ABBREVIATION.test(t) && !/(?:^|\s)(?:\p{L}\.)$/u.test(t)
}

/** A short line with no final punctuation that does not run on: a headline, a subhead, a dateline. */
function isHeading(line: string, next: string): boolean {
  const t = line.trim()
  if (t.length > 80 || t.split(/\s+/).length > 12) return false
  if (/[.,;:\-–—(&]$/.test(t) || CONTINUES.test(t)) return false
  return /^["'“‘(\p{Lu}\p{N}]/u.test(next.trim())
}

/**
 * The width a hard-wrapped file was wrapped at, or 0 when it was not wrapped: most of its lines
 * end within a few characters of one width (100 or less), and many of them mid-sentence.
 */
function wrapWidth(blocks: string[][]): number {
  const lines = blocks.flat()
  if (lines.length < 4) return 0
  const lengths = lines.map((l) => l.trimEnd().length).sort((a, b) => a - b)
  const width = lengths[Math.floor(lengths.length * 0.9)]
  const nearWidth = lengths.filter((n) => n >= width * 0.8).length
  const runOn = blocks.flatMap((b) => b.slice(0, -1)).filter((l) => !/[.!?…:]["'”’»)\]]*$/.test(l.trimEnd())).length
  return width <= 100 && nearWidth >= lines.length / 2 && runOn >= Math.max(2, lines.length / 4) ? width : 0
}

/** Whether the next line's first word would have fitted: a wrapper would have put it here. */
function nextWordFits(line: string, next: string, width: number): boolean {
  const word = /^\s*(\S+)/.exec(next)?.[1] ?? ''
  return line.trimEnd().length + 1 + word.length <= width
}

function splitBlock(lines: string[], lineMode: boolean, width: number): string[] {
  const out: string[] = []
  let current = lines[0].trim()
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i - 1]
    const next = lines[i]
    // In a hard-wrapped file a line cut short before a word that would have fitted was ended on purpose.
    const shortLine = width === 0 || nextWordFits(line, next, width)
    const ends =
      LIST_ITEM.test(next) ||
      (isHeading(line, next) && shortLine) ||
      (lineMode && endsSentence(line) && shortLine) ||
      (width > 0 && /^\s{2,}|^\t/.test(next) && !/^\s/.test(line))
    if (ends) {
      out.push(current)
      current = next.trim()
    } else current += ` ${next.trim()}`
  }
  out.push(current)
  return out
}
