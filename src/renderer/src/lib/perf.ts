/**
 * Time from submitting the tag to its highlight being on screen (factdesk:tag-to-highlight): in
 * the page, with the tag dialog gone from over it, and painted.
 */
export function measureTagToHighlight(passage: { id: number }): void {
  const started = performance.now()
  // A draft (negative id) is drawn without an id of its own; see ArticleText.
  const selector = passage.id < 0 ? `[data-draft-passage="${-passage.id}"]` : `[data-passage-id="${passage.id}"]`
  const check = () => {
    const shown = document.querySelector(selector) !== null && document.querySelector('dialog[open]') === null
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
