export interface Figure {
  /** What was measured, in the unit named. */
  unit: string
  median: number
  p95?: number
  samples: number
  /** This figure divided by its baseline's, where the target is relative. */
  ratio?: number
  baseline?: { median: number; p95?: number; unit: string }
  target: string
  met: boolean | null
  note?: string
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Nearest-rank p95; only reported where there are enough samples for it to mean something. */
export function p95(xs: number[]): number | undefined {
  if (xs.length < 20) return undefined
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]
}

export function time(fn: () => void): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

export const round = (x: number | undefined, digits = 1) => (x === undefined ? undefined : Number(x.toFixed(digits)))
