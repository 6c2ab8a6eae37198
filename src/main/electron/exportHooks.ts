import { BrowserWindow, dialog, session } from 'electron'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ShellHooks } from '../services/shellHooks'

/**
 * Prints report HTML with Electron's own Chromium: a hidden, sandboxed window with JavaScript
 * off, in its own in-memory session that may load the one report file and nothing else.
 */
export async function printHtmlToPdf(html: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-print-'))
  const page = join(dir, 'report.html')
  writeFileSync(page, html, 'utf8')
  const pageUrl = pathToFileURL(page).href
  const ses = session.fromPartition(`factdesk-print-${Date.now()}-${Math.random()}`, { cache: false })
  ses.setPermissionRequestHandler((_wc, _p, cb) => cb(false))
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: details.url !== pageUrl }))
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: ses,
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      images: true,
      spellcheck: false
    }
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-navigate', (e) => e.preventDefault())
  try {
    await win.loadURL(pageUrl)
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false
    })
  } finally {
    win.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function exportHooks(win: BrowserWindow): Pick<ShellHooks, 'printToPdf' | 'pickExportFile'> {
  return {
    printToPdf: printHtmlToPdf,
    pickExportFile: async (defaultName, label, extension) => {
      const r = await dialog.showSaveDialog(win, {
        title: 'Export report',
        defaultPath: defaultName,
        filters: [{ name: label, extensions: [extension] }]
      })
      return r.canceled ? null : (r.filePath ?? null)
    }
  }
}
