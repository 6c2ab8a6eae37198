import type { Command } from '../command'
import { safeJsonText } from '../../services/export/jsonText'

export const infoCommand: Command = {
  name: 'info',
  summary: 'check and describe a project',
  usage: 'factdesk info FILE [--json]',
  options: {},
  positionals: [1, 1],
  async run({ positionals, json, session, io }) {
    // Read-only: works while the project is open for writing elsewhere and never changes the file.
    const info = session.ws.open(positionals[0], 'read')
    session.ws.close()
    if (json) {
      io.out(
        safeJsonText({
          title: info.title,
          schemaVersion: info.schemaVersion,
          articles: info.articles,
          passages: info.passages,
          claims: info.claims
        })
      )
    } else {
      io.out(
        `${info.title}\n  file:     ${info.file}\n  schema:   v${info.schemaVersion}\n  articles: ${info.articles}\n  passages: ${info.passages}\n  claims:   ${info.claims}`
      )
      // Asked for read-only anyway; say so only when writing is not possible at all.
      if (info.readOnlyReason?.includes('edits are off')) io.out(`  note:     ${info.readOnlyReason}`)
    }
  }
}
