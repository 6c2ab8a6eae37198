import { readFileSync } from 'node:fs'
import type { Served } from '../browser'
import { median, p95, type Figure } from '../stats'

/** One API call to the serve process over loopback, as the browser renderer makes it. */
export function apiClient(served: Served) {
  const url = new URL(served.url)
  const token = url.searchParams.get('token') ?? ''
  return async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const res = await fetch(`${url.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-factdesk-token': token },
      body: JSON.stringify(input)
    })
    const r = (await res.json()) as { ok: boolean; value: T; error?: { message: string } }
    if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`)
    return r.value
  }
}

/** Peak resident set of a process so far (Linux: VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : NaN
}

/**
 * A 1,000-file import in the `factdesk serve` process through import.start, while a cheap call
 * (edit.state) is made back to back: its latency, less the idle latency, is how long the event
 * loop was blocked. Peak RSS of the serve process is read at the end.
 */
export async function measureServerImport(served: Served, folder: string): Promise<{ loop: Figure; rss: Figure }> {
  const call = apiClient(served)
  const idle: number[] = []
  for (let i = 0; i < 30; i++) {
    const t = performance.now()
    await call('edit.state')
    idle.push(performance.now() - t)
  }
  const { jobId } = await call<{ jobId: string }>('import.start', { paths: [folder] })
  const busy: number[] = []
  const started = performance.now()
  let finished = false
  let imported = 0
  const poll = (async () => {
    while (!finished) {
      await new Promise((r) => setTimeout(r, 200))
      const p = await call<{ finished: boolean; summary: { imported: unknown[] } }>('import.progress', { jobId })
      finished = p.finished
      imported = p.summary.imported.length
    }
  })()
  while (!finished) {
    const t = performance.now()
    await call('edit.state')
    busy.push(performance.now() - t)
    await new Promise((r) => setTimeout(r, 5))
  }
  await poll
  const importMs = performance.now() - started
  // Background matching-index work continues after the import: keep probing for a while.
  const after = performance.now()
  while (performance.now() - after < 3000) {
    const t = performance.now()
    await call('edit.state')
    busy.push(performance.now() - t)
    await new Promise((r) => setTimeout(r, 5))
  }
  const base = median(idle)
  const blocks = busy.map((ms) => Math.max(0, ms - base))
  const worst = Math.max(...blocks)
  const rss = peakRssMb(served.pid)
  return {
    loop: {
      unit: 'ms',
      median: median(blocks),
      p95: p95(blocks),
      samples: blocks.length,
      target: 'no block > 50 ms',
      met: worst <= 50,
      note: `longest block ${worst.toFixed(0)} ms; ${imported} files imported in ${(importMs / 1000).toFixed(1)} s`
    },
    rss: { unit: 'MB', median: rss, samples: 1, target: '< 500 MB', met: rss < 500, note: 'peak RSS of factdesk serve' }
  }
}
