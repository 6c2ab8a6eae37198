/**
 * Word boundaries as FTS5's unicode61 tokenizer sees them (runs of its default token categories
 * L*, N* and Co), found by code point from any place in a text, so a snippet reads only the text
 * around a match however long the text is.
 */

const TOKEN_CHAR = /^[\p{L}\p{N}\p{Co}]$/u
const known = new Map<number, boolean>()

function isTokenCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a)
  let yes = known.get(cp)
  if (yes === undefined) {
    // A text in a script with thousands of letters must not grow this without end.
    if (known.size > 8192) known.clear()
    known.set(cp, (yes = TOKEN_CHAR.test(String.fromCodePoint(cp))))
  }
  return yes
}

/** The code point ending at i (exclusive); codePointAt gives the one starting there. */
function codePointBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1)
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2)
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000
  }
  return c
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1)

export function isTokenAt(text: string, i: number): boolean {
  return i < text.length && isTokenCode(text.codePointAt(i)!)
}

export function isTokenBefore(text: string, i: number): boolean {
  return i > 0 && isTokenCode(codePointBefore(text, i))
}

/** Where the word at or after i starts (text.length when there is none). */
export function tokenStartFrom(text: string, i: number): number {
  let cp = 0
  while (i < text.length && !isTokenCode((cp = text.codePointAt(i)!))) i += width(cp)
  return Math.min(i, text.length)
}

/** Where the word that i is in (or starts) ends; i itself when it is not in a word. */
export function tokenEnd(text: string, i: number): number {
  let cp = 0
  while (i < text.length && isTokenCode((cp = text.codePointAt(i)!))) i += width(cp)
  return Math.min(i, text.length)
}
