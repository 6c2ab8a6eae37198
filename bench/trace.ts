import type { Page } from '@playwright/test'
import { writeFileSync } from 'node:fs'

/** One Chromium trace event, as much of it as the summary reads. */
export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string; elementCount?: number; data?: Record<string, unknown>; [k: string]: unknown }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'loading',
  'disabled-by-default-devtools.timeline.stack'
].join(',')

/**
 * A Chromium performance trace and a sampled JS profile of a page from now until stop(), over
 * the DevTools protocol: the trace says what the main thread did (script, style, layout, paint and
 * how many elements each style recalculation touched), the profile which functions the script was.
 */
export async function startTrace(page: Page): Promise<{ stop(path: string): Promise<TraceEvent[]> }> {
  const cdp = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]))
  })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' })
  return {
    async stop(path) {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
      await cdp.send('Tracing.end')
      await done
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
      await cdp.detach()
      writeFileSync(path, JSON.stringify({ traceEvents: events }))
      writeFileSync(path.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile))
      profiles.set(events, profile)
      return events
    }
  }
}

const profiles = new WeakMap<TraceEvent[], CpuProfile>()

/** The renderer's main thread: the thread named CrRendererMain that did the most work. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const named = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  let best: { pid: number; tid: number } | null = null
  let most = -1
  for (const t of named) {
    const busy = events
      .filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X')
      .reduce((s, e) => s + (e.dur ?? 0), 0)
    if (busy > most) {
      most = busy
      best = { pid: t.pid, tid: t.tid }
    }
  }
  return best
}

/** Main-thread time per kind of work, the biggest style recalculations, and the hottest functions. */
export function summariseTrace(events: TraceEvent[], top = 15): string {
  const main = mainThread(events)
  if (!main) return 'no renderer main thread in the trace'
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
  const byName = new Map<string, { ms: number; n: number }>()
  for (const e of own) {
    const s = byName.get(e.name) ?? { ms: 0, n: 0 }
    s.ms += e.dur! / 1000
    s.n++
    byName.set(e.name, s)
  }
  const kinds = [
    'RunTask',
    'FunctionCall',
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'HitTest',
    'ParseHTML',
    'MajorGC',
    'MinorGC',
    'V8.GC_SCAVENGER',
    'BlinkGC.AtomicPhase'
  ]
  const lines = ['Main thread (ms, count):']
  for (const k of kinds) {
    const s = byName.get(k)
    if (s) lines.push(`  ${k.padEnd(22)} ${s.ms.toFixed(0).padStart(7)} ${String(s.n).padStart(6)}`)
  }
  const styles = own
    .filter((e) => e.name === 'UpdateLayoutTree')
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 8)
  lines.push('Largest style recalculations (ms, elements):')
  for (const e of styles) lines.push(`  ${(e.dur! / 1000).toFixed(1).padStart(7)} ${e.args?.elementCount ?? '?'}`)
  const layouts = own
    .filter((e) => e.name === 'Layout')
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 5)
  lines.push('Largest layouts (ms, dirty/total objects):')
  for (const e of layouts) {
    const d = (e.args?.beginData ?? {}) as { dirtyObjects?: number; totalObjects?: number }
    lines.push(`  ${(e.dur! / 1000).toFixed(1).padStart(7)} ${d.dirtyObjects ?? '?'}/${d.totalObjects ?? '?'}`)
  }
  const profile = profiles.get(events)
  if (profile) lines.push('Hottest functions (self ms):', ...hottest(profile, top))
  return lines.join('\n')
}

function hottest(profile: CpuProfile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)
    if (!n) return
    const f = n.callFrame
    if (f.functionName === '(idle)' || f.functionName === '(program)') return
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `  ${ms.toFixed(0).padStart(6)} ${k}`)
}
