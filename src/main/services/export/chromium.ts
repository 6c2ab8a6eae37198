import { execFile } from 'node:child_process'
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { FactdeskError } from '../../../shared/result'

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The Chromium to print with: --chromium, else FACTDESK_CHROMIUM, else /usr/bin/chromium, else PATH. */
export function findChromium(explicit?: string): string {
  const chosen = explicit ?? process.env.FACTDESK_CHROMIUM
  if (chosen) {
    if (!executable(chosen)) {
      throw new FactdeskError(
        'unsupported',
        `cannot make a PDF: the Chromium at ${chosen} does not exist or cannot run`
      )
    }
    return chosen
  }
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium'
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) {
      const p = join(dir, name)
      if (dir && executable(p)) return p
    }
  }
  throw new FactdeskError(
    'unsupported',
    'cannot make a PDF: no Chromium or Google Chrome found; install one, or name it with --chromium PATH or FACTDESK_CHROMIUM'
  )
}

/**
 * Prints an HTML report to PDF with a headless Chromium: a fresh profile each time, no network
 * chatter, no header or footer. The page's CSP already forbids scripts and requests.
 */
export async function htmlToPdfWithChromium(html: string, chromium?: string, timeoutMs = 900_000): Promise<Buffer> {
  const bin = findChromium(chromium)
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-pdf-'))
  try {
    const page = join(dir, 'report.html')
    const out = join(dir, 'report.pdf')
    writeFileSync(page, html, 'utf8')
    const args = [
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--disable-default-apps',
      '--no-first-run',
      '--no-default-browser-check',
      '--mute-audio',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${out}`,
      pathToFileURL(page).href
    ]
    // Chromium's sandbox cannot start as root (containers, CI); only then do without it.
    if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox')
    await new Promise<void>((resolve, reject) => {
      execFile(bin, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, _stdout, stderr) => {
        if (err && (err as { killed?: boolean }).killed) {
          reject(
            new FactdeskError('internal', `Chromium did not finish printing within ${Math.round(timeoutMs / 1000)} s`)
          )
        } else if (err) {
          const why = (stderr || err.message).trim().split('\n').slice(-1)[0]
          reject(new FactdeskError('internal', `Chromium could not print the report: ${why}`))
        } else resolve()
      })
    })
    let pdf: Buffer
    try {
      pdf = readFileSync(out)
    } catch {
      throw new FactdeskError('internal', 'Chromium finished without writing the PDF')
    }
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new FactdeskError('internal', 'Chromium wrote something that is not a PDF')
    }
    return pdf
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
