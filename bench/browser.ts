import { chromium, type Browser, type Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromiumLaunchOptions } from '../tests/e2e/browser'

const ROOT = join(import.meta.dirname, '..')

export interface Served {
  url: string
  pid: number
  /** The serve process's event-loop delay since the last call (see src/main/cli/loopStats.ts). */
  loopStats(): Promise<{ maxMs: number; p99Ms: number; meanMs: number }>
  stop(): Promise<void>
}

/** The real browser mode (`factdesk serve`) on a project, as an editor would run it. */
export async function serve(file: string, configDir: string): Promise<Served> {
  const statsFile = join(configDir, `loop-${process.hrtime.bigint()}.json`)
  // A named editor, as after first use: the bench measures the desk, not the "Your name" question.
  writeFileSync(join(configDir, 'config.json'), JSON.stringify({ editorName: 'Bench Editor' }))
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'factdesk.mjs'), 'serve', file, '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, FACTDESK_CONFIG_DIR: configDir, FACTDESK_LOOP_STATS: statsFile },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let err = ''
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /Factdesk ready at (\S+)/.exec(out)
      if (m) resolve(m[1])
    })
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)))
  })
  return {
    url,
    pid: child.pid!,
    async loopStats() {
      rmSync(statsFile, { force: true })
      child.kill('SIGUSR2')
      for (let i = 0; i < 200 && !existsSync(statsFile); i++) await new Promise((r) => setTimeout(r, 25))
      return JSON.parse(readFileSync(statsFile, 'utf8')) as { maxMs: number; p99Ms: number; meanMs: number }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}

/**
 * A page ready for measuring. tsx compiles this harness with esbuild's keepNames, which wraps
 * functions in __name(); functions sent to page.evaluate need that helper in the page too.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.addInitScript('globalThis.__name = (f) => f')
  return page
}

export async function launch(): Promise<Browser> {
  const opts = chromiumLaunchOptions()
  return chromium.launch({ ...opts, args: [...(opts.args ?? []), '--enable-precise-memory-info'] })
}

/** Renderer JS heap in MB, read through the DevTools protocol. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/**
 * Waits until the project has finished opening: the first article shows before the article and
 * claim lists arrive and the pane pickers add their options in idle time, and a measure started
 * during that would time the opening as well as itself.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('.article-body p').first().waitFor()
  await page.waitForLoadState('networkidle')
  const optionCounts = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLSelectElement>('select[aria-label^="Article in pane"]')]
        .map((s) => s.options.length)
        .join(',')
    )
  for (let last = '', now = await optionCounts(), t = Date.now(); now !== last && Date.now() - t < 60_000;) {
    await page.waitForTimeout(300)
    last = now
    now = await optionCounts()
  }
}
