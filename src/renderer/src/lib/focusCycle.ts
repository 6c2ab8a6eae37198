/**
 * Where Tab (or Shift+Tab) from `current` goes so the focus cycles inside a list of stops: from
 * the last stop to the first and back, and into the list from anywhere outside it. Null when the
 * browser's own move stays inside (between two stops of the list).
 */
export function nextInCycle<T>(stops: readonly T[], current: unknown, backwards: boolean): T | null {
  if (stops.length === 0) return null
  const at = stops.indexOf(current as T)
  if (at < 0) return backwards ? stops[stops.length - 1] : stops[0]
  if (backwards && at === 0) return stops[stops.length - 1]
  if (!backwards && at === stops.length - 1) return stops[0]
  return null
}
