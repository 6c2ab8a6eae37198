/**
 * Ctrl+C, a closed terminal or a service manager may stop the CLI at any moment, and often twice:
 * a terminal's Ctrl+C reaches `npm start`, the script it runs and factdesk alike, and the script
 * forwards it once more. Node's default for these signals kills the process on the spot, leaving
 * the writer lock, `-wal` and `-shm` beside the project. So from the first line of the CLI every
 * stop signal is caught, repeats are ignored, and the command under way decides how to close.
 */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
const SIGNAL_NUMBER: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }

/** What a stop does now: close what is open; without a command running, just exit. */
type OnStop = (signal: NodeJS.Signals) => void
let onStop: OnStop | null = null
let caught: NodeJS.Signals | null = null

export function exitCodeFor(signal: NodeJS.Signals): number {
  return 128 + (SIGNAL_NUMBER[signal] ?? 0)
}

/** Installed once by the CLI's entry point, never by tests that call runCli in-process. */
export function catchStopSignals(): void {
  for (const sig of STOP_SIGNALS) {
    process.on(sig, () => {
      if (caught) return
      caught = sig
      if (onStop) onStop(sig)
      else process.exit(exitCodeFor(sig))
    })
  }
}

/** Sets what a stop signal does from now on; a signal already caught is acted on at once. */
export function whenStopped(fn: OnStop | null): void {
  onStop = fn
  if (caught && fn) fn(caught)
}

/** The signal already caught, if any. */
export function stopSignal(): NodeJS.Signals | null {
  return caught
}
