import type { ImportProgress } from '../../../shared/domain'
import { CliFailure } from '../cliError'
import type { Command } from '../command'
import { safeJsonText } from '../../services/export/jsonText'

export const importCommand: Command = {
  name: 'import',
  summary: 'import files or folders (txt, md, html, pdf, docx) into a project',
  usage: 'factdesk import FILE PATH… [--json]',
  options: {},
  positionals: [2, Infinity],
  async run({ positionals, json, session, io }) {
    const [file, ...paths] = positionals
    session.ws.open(file, 'write')
    // The same job the app runs: started, then polled until it finishes.
    const { jobId } = await session.call('import.start', { paths })
    let p: ImportProgress = await session.call('import.progress', { jobId })
    let shown = -1
    while (!p.finished) {
      await new Promise((r) => setTimeout(r, 25))
      p = await session.call('import.progress', { jobId })
      if (!json && process.stderr.isTTY && p.done !== shown) {
        shown = p.done
        process.stderr.write(`\rimporting ${p.done}/${p.total}`)
      }
    }
    if (!json && process.stderr.isTTY) process.stderr.write('\r\x1b[K')
    const { imported, skipped, failed } = p.summary
    if (json) io.out(safeJsonText({ imported, skipped, failed }))
    else {
      for (const a of imported) io.out(`imported  ${a.id}  ${a.title}  (${a.source})`)
      for (const s of skipped) io.out(`skipped   ${s.source}: ${s.reason}`)
      for (const f of failed) io.out(`failed    ${f.source}: ${f.error}`)
      io.out(`${imported.length} imported, ${skipped.length} skipped, ${failed.length} failed`)
    }
    if (failed.length) {
      throw new CliFailure(
        `${failed.length} file${failed.length === 1 ? '' : 's'} failed to import; the rest were imported`
      )
    }
  }
}
