import { spawn, spawnSync } from 'node:child_process'
import type { Io } from './context'

function onPath(cmd: string): boolean {
  return spawnSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { stdio: 'ignore' }).status === 0
}

/** Opens the default browser when the machine has one; says so in one line when it has none. */
export function openInBrowser(url: string, io: Io): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]]
  if (process.platform === 'linux' && (!onPath(cmd) || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY))) {
    io.err('No desktop browser found here; open the address above in a browser.')
    return
  }
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true })
      .on('error', () => undefined)
      .unref()
  } catch {
    io.err('Could not start a browser; open the address above in a browser.')
  }
}
