/**
 * Time from submitting the tag to its highlight being on screen (factdesk:tag-to-highlight): in
 * the page, with the tag dialog gone from over it, and painted.
 */
export function measureTagToHighlight(passageId: number): void {
  const started = performance.now()
  const check = () => {
    const shown =
      document.querySelector(`[data-passage-id="${passageId}"]`) !== null &&
      document.querySelector('dialog[open]') === null
    if (shown) {
      // A frame callback runs before that frame's paint; a task queued from it runs after it.
      setTimeout(() => {
        try {
          performance.measure('factdesk:tag-to-highlight', 'factdesk:tag-submit')
        } catch {
          // The mark may have been cleared by a test.
        }
      }, 0)
    } else if (performance.now() - started < 10_000) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}
