import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, libraryRowTexts, openApp, test, type ServerHandle } from './fixtures'
import { PAYLOADS } from './hostile/corpus'
import { guardPage, inspectPage } from './hostile/guard'
import { FILE_SINKS, importCorpus, marker, type ImportOutcome, saveExport } from './hostile/importSinks'
import { scanPdf } from './hostile/pdfScan'
import type { Call } from './hostile/sinks'

/**
 * The hostile corpus written into HTML, Markdown, text and PDF files, imported through the real
 * import job, read in Chromium through browser mode, then exported as HTML, PDF and Markdown:
 * nothing runs in the reader or the exported report, nothing leaves the machine, text stays text.
 */
function apiOf(server: ServerHandle): { call: Call; origin: string } {
  const url = new URL(server.url)
  const token = url.searchParams.get('token')!
  return {
    origin: url.origin,
    call: async (channel, input) => {
      const res = await fetch(`${url.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-factdesk-token': token },
        body: JSON.stringify(input)
      })
      return res.json()
    }
  }
}

const shown = (text: string) => text.normalize('NFC').replace(/\0/g, '').replace(/\s+/g, ' ').trim()
/** Printable ASCII only: what survives any text extraction whatever it does with spaces and controls. */
const visible = (text: string) => text.normalize('NFC').replace(/[^\x21-\x7e]/g, '')

async function expectClean(page: Page, origin: string, log: Awaited<ReturnType<typeof guardPage>>, where: string) {
  const found = await inspectPage(page, origin)
  expect({ where, flag: found.flag, injected: found.injected, dialogs: log.dialogs, offsite: log.offsite }).toEqual({
    where,
    flag: undefined,
    injected: [],
    dialogs: [],
    offsite: []
  })
}

const idOf = (source: string) => basename(source).replace(/\.\w+$/, '')
const extOf = (source: string) => /\.(\w+)$/.exec(source)?.[1] ?? ''

async function importAll(server: ServerHandle, workDir: string) {
  const { call, origin } = apiOf(server)
  expect(await call('project.create', { file: join(workDir, 'imported.factdesk'), title: 'Imported' })).toMatchObject({
    ok: true
  })
  const outcome: ImportOutcome = await importCorpus(call, join(workDir, 'files'), PAYLOADS)
  const tally: Record<string, { imported: number; skipped: number; failed: number }> = {}
  for (const s of FILE_SINKS) tally[s.ext] = { imported: 0, skipped: 0, failed: 0 }
  for (const a of outcome.imported) tally[extOf(a.source)].imported++
  for (const a of outcome.skipped) tally[extOf(a.source)].skipped++
  for (const a of outcome.failed) tally[extOf(a.source)].failed++
  test.info().annotations.push({ type: 'import sinks', description: JSON.stringify(tally) })
  console.log(`import sinks (${PAYLOADS.length} payloads × ${FILE_SINKS.length} files): ${JSON.stringify(tally)}`)
  // A refusal is allowed (a NUL makes a text file binary), but only as one clear line.
  for (const r of [...outcome.skipped.map((s) => s.reason), ...outcome.failed.map((f) => f.error)])
    expect(r).toMatch(/^[^\n]+$/)
  for (const s of FILE_SINKS) expect(tally[s.ext].imported, s.name).toBeGreaterThanOrEqual(PAYLOADS.length - 3)
  return { call, origin, outcome }
}

test.describe.configure({ mode: 'parallel' })

test('hostile files imported through the pipeline stay text in the library and the reader', async ({
  page,
  server,
  workDir
}) => {
  test.setTimeout(480_000)
  const { origin, outcome } = await importAll(server, workDir)
  const log = await guardPage(page, origin)
  await openApp(page, server)
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible()
  // Every imported article has its row (scrolled through: only the rows in view are in the page).
  const articles = page.getByRole('list', { name: 'Articles' })
  await expect(articles.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(outcome.imported.length))
  expect(await libraryRowTexts(page)).toHaveLength(outcome.imported.length)
  await expectClean(page, origin, log, 'library')

  // Each payload read once, the file kind taken in turn (all five kinds, every payload), which
  // keeps the run inside npm test's time; every imported article is in the library above.
  const pane = page.getByRole('region', { name: 'Reader pane 1' })
  const kinds = FILE_SINKS.map((s) => s.ext)
  const toRead = PAYLOADS.map((p, i) => {
    const mine = outcome.imported.filter((a) => idOf(a.source) === p.id)
    return mine.find((a) => extOf(a.source) === kinds[i % kinds.length]) ?? mine[0]
  }).filter(Boolean)
  expect(toRead.length).toBe(PAYLOADS.length)
  for (const a of toRead) {
    const p = PAYLOADS.find((x) => x.id === idOf(a.source))!
    await pane.getByRole('combobox', { name: 'Article in pane 1' }).selectOption(String(a.id))
    await expect(pane).toContainText(marker(p))
  }
  await expectClean(page, origin, log, 'reader')
  expect(log.pageErrors).toEqual([])
})

test('a report of the imported corpus exports as HTML, PDF and Markdown in which nothing runs', async ({
  page,
  server,
  workDir
}) => {
  test.setTimeout(480_000)
  const { call, outcome } = await importAll(server, workDir)
  // One claim per imported web page, its text, claimant, rationale and note the payload.
  const claimed: string[] = []
  for (const a of outcome.imported.filter((x) => extOf(x.source) === 'html')) {
    const p = PAYLOADS.find((x) => x.id === idOf(a.source))!
    const article = (await call('articles.get', { id: a.id })).value as { body: string }
    const start = article.body.indexOf(marker(p))
    expect(start, p.id).toBeGreaterThanOrEqual(0)
    const tag = await call('passages.tag', {
      articleId: a.id,
      start,
      end: start + marker(p).length,
      kind: 'claim',
      newClaimText: `${p.id} ${p.text}`.slice(0, 100_000),
      note: p.text
    })
    expect(tag.ok, p.id).toBe(true)
    const claimId = (tag.value as { claim: { id: number } }).claim.id
    await call('claims.update', {
      id: claimId,
      claimant: p.text.slice(0, 2_000),
      rationale: p.text,
      status: 'misleading'
    })
    claimed.push(p.id)
  }
  expect(claimed.length).toBeGreaterThanOrEqual(PAYLOADS.length - 3)

  // HTML: opened from disk with JavaScript on; the only request allowed is the file itself.
  const html = join(workDir, 'report.html')
  expect(await saveExport(call, 'html', html)).toMatchObject({ ok: true })
  const fileUrl = pathToFileURL(html).href
  const log = { dialogs: [] as string[], offsite: [] as string[], pageErrors: [] as string[] }
  page.on('dialog', (d) => {
    log.dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('pageerror', (e) => log.pageErrors.push(e.message))
  page.on('request', (r) => {
    if (r.url() !== fileUrl && !r.url().startsWith('data:')) log.offsite.push(r.url())
  })
  await page.route('**/*', (route) =>
    route.request().url() === fileUrl ? route.continue() : route.abort('blockedbyclient')
  )
  await page.goto(fileUrl)
  await page.mouse.move(200, 200)
  await page.waitForTimeout(500)
  await expectClean(page, 'file://', log, 'exported HTML')
  const reportText = shown((await page.locator('body').textContent()) ?? '')
  for (const id of claimed) {
    const p = PAYLOADS.find((x) => x.id === id)!
    expect(reportText, id).toContain(shown(`${p.id} ${p.text}`).slice(0, 80))
  }
  expect(log.pageErrors).toEqual([])

  // PDF: the payloads appear as text, and the file holds no script, launch or non-web link.
  const pdf = join(workDir, 'report.pdf')
  expect(await saveExport(call, 'pdf', pdf)).toMatchObject({ ok: true })
  const pdfText = visible(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 28 }).toString())
  let literal = 0
  let reordered = 0
  for (const id of claimed) {
    const text = `${id} ${PAYLOADS.find((x) => x.id === id)!.text}`
    if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text)) {
      // Bidi overrides are honoured when drawn, and pdftotext reads in drawn order: each word
      // is there, forwards or backwards.
      for (const word of text
        .slice(0, 200)
        .split(/[^\x21-\x7e]+/)
        .filter((w) => w.length >= 3))
        expect(pdfText.includes(word) || pdfText.includes([...word].reverse().join('')), `${id} ${word}`).toBe(true)
      reordered++
      continue
    }
    expect(pdfText, id).toContain(visible(text).slice(0, 60))
    literal++
  }
  const scan = await scanPdf(readFileSync(pdf))
  expect(scan.findings).toEqual([])
  const pdfNote = `${literal} payloads found literally by pdftotext, ${reordered} bidi payloads word by word; ${scan.objects} objects scanned, ${scan.links} http(s) links, no actions`
  console.log(`exported PDF: ${pdfNote}`)
  test.info().annotations.push({
    type: 'pdf',
    description: pdfNote
  })

  // Markdown: nothing a CMS would turn into markup or a script link.
  const md = join(workDir, 'report.md')
  expect(await saveExport(call, 'md', md)).toMatchObject({ ok: true })
  const mdText = readFileSync(md, 'utf8')
  expect(mdText.match(/(^|[^\\])<[a-zA-Z!/?]/gm) ?? []).toEqual([])
  expect(mdText.match(/\]\(\s*(javascript|data|vbscript):/gi) ?? []).toEqual([])
})
