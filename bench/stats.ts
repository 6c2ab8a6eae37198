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

/** A figure that could not be measured: the table says why instead of the run stopping. */
export function notMeasured(target: string, e: unknown): Figure {
  const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]
  return { unit: 'ms', median: NaN, samples: 0, target, met: null, note: `not measured: ${why}` }
}

/** Rejects when fn takes longer than ms: a stuck page or process must not stall the whole run. */
export async function within<T>(ms: number, what: string, fn: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms)
  })
  try {
    return await Promise.race([fn(), limit])
  } finally {
    clearTimeout(timer)
  }
}
