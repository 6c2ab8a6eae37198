import type { ParseArgsConfig } from 'node:util'
import type { CliSession, Io } from './context'

export interface CommandArgs {
  positionals: string[]
  values: Record<string, string | boolean | undefined>
  json: boolean
  session: CliSession
  io: Io
}

export interface Command {
  name: string
  summary: string
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  /** Minimum and maximum number of positional arguments. */
  positionals: [number, number]
  /** Whether projects opened by this command go into the recent list. */
  remember?: boolean
  run(args: CommandArgs): Promise<void>
}
