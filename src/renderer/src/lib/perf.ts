/** Time from submitting the tag to its highlight being in the page (factdesk:tag-to-highlight). */
export function measureTagToHighlight(passageId: number): void {
  const started = performance.now()
  const check = () => {
    if (document.querySelector(`[data-passage-id="${passageId}"]`)) {
      try {
        performance.measure('factdesk:tag-to-highlight', 'factdesk:tag-submit')
      } catch {
        // The mark may have been cleared by a test.
      }
    } else if (performance.now() - started < 10_000) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}
