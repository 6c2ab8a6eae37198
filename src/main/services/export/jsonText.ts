/**
 * JSON text safe to paste into an HTML page. Publishers embed ClaimReview and annotations as
 * `<script type="application/ld+json">`, where a claim holding `</script>` or `<!--` would end
 * or bend the element; U+2028/U+2029 break older JavaScript parsers. Each becomes a \uXXXX
 * escape, which JSON.parse reads back to the same string. Outside strings JSON has none of
 * these characters, so a plain replace over the whole text is exact.
 */
const UNSAFE = /[<>&\u2028\u2029]/g

export function safeJsonText(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent)
  return text === undefined ? text : text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
