import { catchStopSignals } from './stopSignals'
import { runCli } from './main'

// First, before any project opens: a stop at any later moment then closes it cleanly.
catchStopSignals()

const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`)
})
process.exitCode = code
