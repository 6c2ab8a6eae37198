import { writeFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * For the benchmark: with FACTDESK_LOOP_STATS=FILE, each SIGUSR2 writes the event loop's delay
 * since the last one (max, p99, mean in ms) to FILE and starts a fresh window. Measured inside the
 * process, it is the loop's own blocking, not the machine's load as seen from outside.
 */
export function reportLoopStatsOnSignal(env = process.env): void {
  const file = env.FACTDESK_LOOP_STATS
  if (!file) return
  const h = monitorEventLoopDelay({ resolution: 5 })
  h.enable()
  process.on('SIGUSR2', () => {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100
    writeFileSync(file, JSON.stringify({ maxMs: ms(h.max), p99Ms: ms(h.percentile(99)), meanMs: ms(h.mean) }))
    h.reset()
  })
}
