import type { Command } from '../command'
import { UsageError } from '../cliError'
import { safeJsonText } from '../../services/export/jsonText'

export const newCommand: Command = {
  name: 'new',
  summary: 'create a project',
  usage: 'factdesk new FILE [--title T] [--from EXPORT.json] [--json]',
  options: { title: { type: 'string' }, from: { type: 'string' } },
  positionals: [1, 1],
  async run({ positionals, values, json, session, io }) {
    if (values.from !== undefined && values.title !== undefined) {
      throw new UsageError('--title cannot be combined with --from: the export carries its own title')
    }
    const info =
      values.from !== undefined
        ? await session.call('projectData.import', { file: positionals[0], from: values.from as string })
        : await session.call('project.create', {
            file: positionals[0],
            title: values.title as string | undefined
          })
    session.ws.close()
    if (json) io.out(safeJsonText({ file: info.file, title: info.title }))
    else io.out(`Created ${info.file} ("${info.title}")`)
  }
}
