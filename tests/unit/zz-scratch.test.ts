import { it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { useTempDirs } from './helpers'
import { useProject } from './serviceHarness'
import { buildExportProject } from './exportFixture'
const temp = useTempDirs()
const h = useProject(() => temp())
it('scratch', async () => {
  buildExportProject(h.ws)
  for (const f of ['html', 'md', 'csv', 'json', 'claimreview', 'w3c', 'pdf']) {
    const r = await h.call<{ out: string }>('export.toFile', { format: f, path: `/tmp/wt5-out/report.${f}` })
    void r
  }
  writeFileSync('/tmp/wt5-out/done', 'ok')
}, 120000)
