import type { Io } from './context'

/**
 * Article titles, claims and file names come from the open web; printed raw, `ESC ]0;…` would
 * retitle the editor's terminal and `ESC [2J` clear it. Human output shows each C0 control but
 * newline and tab, DEL, each C1 control and the bidi overrides/isolates (which reorder what the
 * line seems to say) as U+FFFD. --json output is left alone: JSON already escapes C0 and DEL.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export function terminalSafe(s: string): string {
  return s.replace(CONTROLS, '\uFFFD')
}

/** The Io a command gets: stderr always cleaned, stdout cleaned unless it carries --json. */
export function cleanIo(io: Io, json: () => boolean): Io {
  return {
    out: (s) => io.out(json() ? s : terminalSafe(s)),
    err: (s) => io.err(terminalSafe(s))
  }
}
