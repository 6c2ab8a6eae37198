import { useEffect, useState } from 'react'
import { afterPaint } from '../lib/afterPaint'

/**
 * The value as of the last painted frame: a change reaches the caller one frame later. For side
 * panels that follow the selection (the inspector, similar passages): a tag or a click on a
 * highlight then paints the highlight first, without waiting for forms and lists to be built.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value)
  useEffect(() => (Object.is(shown, value) ? undefined : afterPaint(() => setShown(value))), [value, shown])
  return shown
}
