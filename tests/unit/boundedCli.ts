import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from './helpers'

export interface BoundedRun {
  code: number | null
  stdout: string
  stderr: string
  ms: number
  /** The child's peak resident set, in MB (GNU time's %M), or null where /usr/bin/time is missing. */
  peakRssMb: number | null
  /** True when the child outlived its bound and was killed: the test should fail on that. */
  killed: boolean
}

const TIME = '/usr/bin/time'

/**
 * Runs the real `factdesk` in a child process that is killed after `timeoutMs`, and measures its
 * peak RSS (worker threads included: they share the process) with GNU time.
 */
export function runBounded(
  dir: string,
  args: string[],
  opts: { timeoutMs: number; env?: Record<string, string> }
): Promise<BoundedRun> {
  const rssFile = join(dir, `rss-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`)
  const cli = [process.execPath, join(REPO_ROOT, 'bin', 'factdesk.mjs'), ...args]
  const [cmd, ...argv] = existsSync(TIME) ? [TIME, '-f', '%M', '-o', rssFile, ...cli] : cli
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, {
      cwd: REPO_ROOT,
      env: { ...process.env, FACTDESK_CONFIG_DIR: join(dir, 'config'), NO_COLOR: '1', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the kill reaches node under time.
      detached: true
    })
    let stdout = ''
    let stderr = ''
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      process.kill(-child.pid!, 'SIGKILL')
    }, opts.timeoutMs)
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN
      resolve({
        code,
        stdout,
        stderr,
        ms: Date.now() - started,
        peakRssMb: Number.isFinite(kb) ? Math.round(kb / 1024) : null,
        killed
      })
    })
  })
}
