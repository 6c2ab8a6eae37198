/**
 * The PDF report of 1,000 claims and 5,000 passages (the bench's exportPdf figure), timed on its
 * own: `npx tsx bench/pdf-report.mts [runs] [keep-dir]`. Each run is export.toFile as the bench
 * calls it; it prints the run's wall time, its page count and the load average just before (the
 * machine is shared, and the figure means little above about 1), then the median. With keep-dir,
 * the first run's PDF and the report as one print-only HTML file are kept there, for printing
 * experiments with Chromium by hand.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { dispatch } from '../src/main/services/dispatch'
import { renderHtml } from '../src/main/services/export/html'
import { buildReportModel } from '../src/main/services/export/model'
import { createHandlers } from '../src/main/services/handlers'
import { buildReportProject } from './measures/exportSpeed'
import { tempDir, workspace } from './project'
import { median, timeAsync } from './stats'

const runs = Number(process.argv[2] ?? 3)
const keep = process.argv[3]
const dir = tempDir()
const ws = workspace()
try {
  ws.create(join(dir, 'report.factdesk'), 'Bench: a thousand claims')
  buildReportProject(ws)
  const handlers = createHandlers(ws, { version: 'bench', shell: 'browser' })
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const out = join(dir, `report-${i}.pdf`)
    const load = loadavg()[0].toFixed(2)
    const t = await timeAsync(async () => {
      const r = await dispatch(handlers, 'export.toFile', { format: 'pdf', path: out })
      if (!r.ok) throw new Error(r.error.message)
    })
    ms.push(t)
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]
    console.log(`run ${i + 1}: ${(t / 1000).toFixed(1)} s, ${pages} pages, load average ${load} before`)
  }
  console.log(`median of ${runs}: ${(median(ms) / 1000).toFixed(1)} s (target < 15 s)`)
  if (keep && runs > 0) {
    mkdirSync(keep, { recursive: true })
    copyFileSync(join(dir, 'report-0.pdf'), join(keep, 'report.pdf'))
    const html = ws.read((db) => renderHtml(buildReportModel(db, undefined), { printOnly: true }))
    writeFileSync(join(keep, 'report.html'), html)
  }
} finally {
  ws.close()
  rmSync(dir, { recursive: true, force: true })
}
