import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describeOwner, WriterLock } from '../../store/writerLock'
import { rendererDir } from '../../paths'
import { startServer } from '../../server/httpServer'
import { prewarmParser, stopWarmParser } from '../../services/import/parser'
import { lookupPool } from '../../services/matching/lookupPool'
import { startSearchWorker } from '../../services/search/pool'
import { reportLoopStatsOnSignal } from '../loopStats'
import { exitCodeFor, whenStopped } from '../stopSignals'
import { openInBrowser } from '../openInBrowser'
import type { Command } from '../command'
import { CliFailure, UsageError } from '../cliError'
import { APP_ROOT } from '../context'
import { isTemporary } from '../../services/recent'

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the workstation in browser mode on 127.0.0.1',
  usage: 'factdesk serve [FILE] [--port N] [--no-open]',
  options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  positionals: [0, 1],
  remember: true,
  async run({ positionals, values, session, io }) {
    const port = values.port === undefined ? 0 : Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535`)
    const dir = rendererDir(APP_ROOT)
    if (!existsSync(join(dir, 'index.html'))) {
      throw new CliFailure(`the app is not built (${dir} is missing); run "npm run build" first`)
    }
    if (positionals[0]) {
      // A project named on the command line in the temp folder is a test's or another
      // program's, not one the editor will look for again: it stays out of the recent list.
      const file = positionals[0]
      const info = session.ws.open(file, 'prefer-write', { remember: !isTemporary(file) })
      if (info.readOnly) {
        // A second server on a served project: it reads, and says plainly that it will not write.
        const holder = WriterLock.owner(info.file)
        io.err(
          holder
            ? `${basename(info.file)} is open read-only: it is already open in ${describeOwner(holder)}; edits are refused until it is closed there`
            : `${basename(info.file)} is open read-only: ${info.readOnlyReason ?? 'it cannot be written here; edits are off'}`
        )
      }
    }
    // From here a stop lets the server finish closing; repeats are ignored (stopSignals.ts). If
    // closing stalls, the project is still closed (synchronously, so whole) before exiting.
    const stopped = new Promise<void>((resolve) => {
      whenStopped((sig) => {
        resolve()
        setTimeout(() => {
          session.ws.close()
          process.exit(exitCodeFor(sig))
        }, 5_000).unref()
      })
    })
    reportLoopStatsOnSignal()
    // Started now, so the first lookup (the first tag dialog) and search do not wait for workers to load.
    void lookupPool()
    void startSearchWorker()
    const server = await startServer({ handlers: session.handlers, rendererDir: dir, port })
    io.out(`Factdesk ready at ${server.url}`)
    if (!values['no-open']) openInBrowser(server.url, io)
    void prewarmParser()
    await stopped
    await server.close()
    await stopWarmParser()
    session.ws.close()
  }
}
