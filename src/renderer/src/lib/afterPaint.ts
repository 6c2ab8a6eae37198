/**
 * Runs fn once the next frame has been painted, and returns a cancel function. For the lookups a
 * selection starts in side panels (similar passages, a claim's passages and history, the undo
 * state): started in the same task as the update that shows a new highlight, their requests and
 * answers would hold up that frame, and they are not what the editor looks at first.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  // A frame callback runs before that frame's paint; a task queued from it runs after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Resolves once the next frame has been painted, or after 100 ms in a hidden tab, which paints no
 * frames.
 */
export function nextPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    const cancel = afterPaint(resolve)
    setTimeout(() => {
      cancel()
      resolve()
    }, 100)
  })
}
