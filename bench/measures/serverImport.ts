import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Served } from '../browser'
import { median, type Figure } from '../stats'

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
 * A 1,000-file import in the `factdesk serve` process through import.uploads, and the background
 * matching-index work after it. The serve process's own event-loop delay histogram gives the
 * longest block (read over a signal, see Served.loopStats); a cheap call (edit.state) made back to
 * back shows the latency a client sees, which on a loaded machine also carries other processes'
 * load. Peak RSS of the serve process is read at the end.
 */
export async function measureServerImport(served: Served, folder: string): Promise<{ loop: Figure; rss: Figure }> {
  const call = apiClient(served)
  const idle: number[] = []
  for (let i = 0; i < 30; i++) {
    const t = performance.now()
    await call('edit.state')
    idle.push(performance.now() - t)
  }
  // Browser mode imports uploads, not paths: the files are sent first (in requests of at most
  // 1,000 files), and the timed part starts with the request that starts the job.
  const names = readdirSync(folder)
  let uploadId: string | undefined
  for (let i = 0; i < names.length; i += 500) {
    const files = names
      .slice(i, i + 500)
      .map((name) => ({ name, data: readFileSync(join(folder, name)).toString('base64') }))
    uploadId = (await call<{ uploadId: string }>('import.uploads', { uploadId, files, start: false })).uploadId
  }
  await served.loopStats()
  const { jobId } = await call<{ jobId: string }>('import.uploads', { uploadId, files: [], start: true })
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
  const loop = await served.loopStats()
  const base = median(idle)
  const blocks = busy.map((ms) => Math.max(0, ms - base))
  const worst = Math.max(...blocks)
  const rss = peakRssMb(served.pid)
  return {
    loop: {
      unit: 'ms longest block',
      median: loop.maxMs,
      samples: 1,
      target: 'no block > 50 ms',
      met: loop.maxMs <= 50,
      note: `event-loop delay p99 ${loop.p99Ms} ms, mean ${loop.meanMs} ms; a client's call waited ${median(blocks).toFixed(0)} ms more than idle (median), ${Math.round(worst)} ms at worst; ${imported} files imported in ${(importMs / 1000).toFixed(1)} s`
    },
    rss: { unit: 'MB', median: rss, samples: 1, target: '< 500 MB', met: rss < 500, note: 'peak RSS of factdesk serve' }
  }
}
