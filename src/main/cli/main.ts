import { parseArgs } from 'node:util'
import type { Command } from './command'
import { CliFailure, UsageError } from './cliError'
import { openSession, VERSION, type Io } from './context'
import { exportCommand } from './commands/exportReport'
import { importCommand } from './commands/importFiles'
import { infoCommand } from './commands/info'
import { matchCommand, suggestCommand } from './commands/match'
import { listCommand } from './commands/list'
import { newCommand } from './commands/newProject'
import { searchCommand } from './commands/search'
import { serveCommand } from './commands/serve'
import { settingsCommand } from './commands/settings'
import { statusCommand } from './commands/status'
import { tagCommand } from './commands/tag'
import { FactdeskError } from '../../shared/result'
import { cleanIo } from './terminalText'
import { exitCodeFor, whenStopped } from './stopSignals'

export const COMMANDS: Command[] = [
  newCommand,
  infoCommand,
  importCommand,
  listCommand,
  tagCommand,
  statusCommand,
  searchCommand,
  exportCommand,
  settingsCommand,
  matchCommand,
  suggestCommand,
  serveCommand
]

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    `factdesk ${VERSION}: the Factdesk fact-check workstation from the command line`,
    '',
    'Usage: factdesk COMMAND [options]   (factdesk COMMAND --help for each)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 done, 1 the operation failed, 2 usage error. --json prints JSON only on stdout.'
  ].join('\n')
}

function commandHelp(c: Command): string {
  return `Usage: ${c.usage}\n\n${c.summary[0].toUpperCase()}${c.summary.slice(1)}.`
}

/** Runs one command line; returns the exit code rather than exiting, so tests can call it. */
export async function runCli(argv: string[], rawIo: Io): Promise<number> {
  let json = false
  const io = cleanIo(rawIo, () => json)
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp())
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION)
    return 0
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err(`factdesk: unknown command "${name}"; run factdesk --help`)
    return 2
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
    json = Boolean(values.json)
    if (values.help) {
      io.out(commandHelp(command))
      return 0
    }
    const [min, max] = command.positionals
    if (positionals.length < min) throw new UsageError('missing FILE')
    if (positionals.length > max) throw new UsageError(`unexpected argument "${positionals[max]}"`)
    const session = openSession(`factdesk ${command.name}`, 'browser', command.remember ?? false)
    // A one-shot command stopped by a signal: writes are synchronous transactions, so between
    // two of them closing (checkpoint, lock released) and exiting loses nothing acknowledged.
    whenStopped((sig) => {
      session.ws.close()
      process.exit(exitCodeFor(sig))
    })
    try {
      await command.run({
        positionals,
        values: values as CommandArgs['values'],
        json: Boolean(values.json),
        session,
        io
      })
    } finally {
      session.ws.close()
      whenStopped(null)
    }
    return 0
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`factdesk ${command.name}: ${(e as Error).message.split('\n')[0]}\nUsage: ${command.usage}`)
      return 2
    }
    if (e instanceof CliFailure || e instanceof FactdeskError) {
      io.err(`factdesk ${command.name}: ${e.message}`)
      return 1
    }
    io.err(`factdesk ${command.name}: unexpected error: ${(e as Error).message ?? String(e)}`)
    return 1
  }
}

type CommandArgs = Parameters<Command['run']>[0]
