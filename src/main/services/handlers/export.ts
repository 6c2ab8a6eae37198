import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import { FORMAT_INFO, type ExportFormat } from '../../../shared/contract/export'
import { FactdeskError } from '../../../shared/result'
import { htmlToPdfWithChromium } from '../export/chromium'
import { withoutReviewUrl } from '../export/claimReview'
import { collect, render, toRendered, type PdfPrinter } from '../export/index'
import { renderHtml } from '../export/html'
import { buildReportModel } from '../export/model'
import { parseDump, restoreDump } from '../export/projectData'
import { diskFullError, isOutOfSpace } from '../../store/fullDisk'
import type { DomainHandlers, HandlerDeps } from './types'

export function exportHandlers({ ws, meta, shell }: HandlerDeps): DomainHandlers<'export' | 'projectData'> {
  const generator = `Factdesk ${meta.version}`
  // The desktop app prints with its own Chromium (webContents.printToPDF); elsewhere a headless one.
  const printer =
    (chromium?: string): PdfPrinter =>
    (html) =>
      shell?.printToPdf ? shell.printToPdf(html) : htmlToPdfWithChromium(html, chromium)

  return {
    'export.preview': ({ selection }) => {
      const m = ws.read((db) => buildReportModel(db, selection))
      const html = renderHtml(m)
      return {
        format: 'html',
        claims: m.claims.length,
        passages: m.claims.reduce((n, c) => n + c.passages.length, 0),
        withoutVerdict: m.claims
          .filter((c) => c.rating === null)
          .map((c) => ({ id: c.id, text: c.text, status: c.statusLabel })),
        withoutReviewUrl: withoutReviewUrl(m),
        html
      }
    },
    'export.render': async ({ format, selection }) => {
      const got = ws.read((db) => collect(db, format, selection, generator))
      return toRendered(await render(format, got, printer()))
    },
    'export.toFile': async ({ format, path, selection, chromium }) => {
      const got = ws.read((db) => collect(db, format, selection, generator))
      const o = await render(format, got, printer(chromium))
      const out = resolve(path)
      refuseToReplace(out, format)
      const tmp = `${out}.part-${process.pid}`
      try {
        mkdirSync(dirname(out), { recursive: true })
        writeFileSync(tmp, o.data)
        renameSync(tmp, out)
      } catch (e) {
        rmSync(tmp, { force: true })
        if (isOutOfSpace(e, out)) throw diskFullError(out, 'was not written')
        throw new FactdeskError('io', `cannot write ${out}: ${(e as Error).message}`)
      }
      return {
        out,
        format: o.format,
        claims: o.claims,
        passages: o.passages,
        withoutVerdict: o.withoutVerdict,
        withoutReviewUrl: o.withoutReviewUrl
      }
    },
    'export.pickFile': async ({ format, defaultName }) => {
      if (!shell?.pickExportFile) {
        throw new FactdeskError('unsupported', 'native file dialogs exist only in the desktop app')
      }
      const info = FORMAT_INFO[format]
      return { file: await shell.pickExportFile(defaultName ?? `report.${info.extension}`, info.label, info.extension) }
    },
    'projectData.import': ({ file, from, json }) => {
      let text = json
      if (from !== undefined) {
        try {
          text = readFileSync(from, 'utf8')
        } catch (e) {
          throw new FactdeskError('io', `cannot read ${from}: ${(e as Error).message}`)
        }
      }
      // Check the whole dump before a project file exists, so a bad dump leaves nothing behind.
      const dump = parseDump(text ?? '')
      ws.create(file)
      const created = ws.file!
      try {
        ws.write(({ db }) => restoreDump(db, dump), { undoable: false })
      } catch (e) {
        ws.close()
        for (const suffix of ['', '-wal', '-shm', '.lock']) rmSync(created + suffix, { force: true })
        throw e
      }
      return ws.requireInfo()
    }
  }
}

/**
 * An export replaces only an earlier export: a regular file with the format's extension. A
 * renderer that names ~/.bashrc or a project file gets a refusal, and the file stays as it was.
 */
function refuseToReplace(out: string, format: ExportFormat): void {
  let st
  try {
    st = lstatSync(out)
  } catch {
    return
  }
  const ext = `.${FORMAT_INFO[format].extension}`
  if (!st.isFile() || extname(out).toLowerCase() !== ext) {
    throw new FactdeskError(
      'conflict',
      `${out} exists and is not a ${ext} file; an export replaces only an earlier export`
    )
  }
}
