import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { loadavg } from 'node:os'

/**
 * A CPU-bound neighbour for `npm run bench -- --neighbour`: one stress-ng worker spinning on a
 * core, as a browser, chat client or video call would on an editor's laptop; where stress-ng
 * is not installed, the reason (Debian: apt-get install stress-ng).
 */
export function startNeighbour(): { child: ChildProcess; stop: () => void } | { missing: string } {
  if (spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).error) {
    return { missing: 'stress-ng is not installed (Debian: apt-get install stress-ng)' }
  }
  const child = spawn('stress-ng', ['--cpu', '1', '--quiet'], { stdio: 'ignore' })
  return { child, stop: () => child.kill('SIGTERM') }
}

/** The 1-minute load average, as the run's conditions line gives it. */
export const loadNow = (): number => loadavg()[0]

/** How the run's machine was occupied: the README heading and the JSON both carry it. */
export function conditions(loadStart: number, loadEnd: number, neighbour: boolean): string {
  const load = `load average ${loadStart.toFixed(2)} at the start, ${loadEnd.toFixed(2)} at the end`
  return neighbour ? `${load}, beside a CPU-bound neighbour (stress-ng --cpu 1)` : load
}
