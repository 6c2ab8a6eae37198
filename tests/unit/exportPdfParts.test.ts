import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  type PDFRef,
  type PDFString,
  type PDFObject
} from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { htmlToPdfWithChromium } from '../../src/main/services/export/chromium'
import { renderHtml } from '../../src/main/services/export/html'
import { buildReportModel, type ReportModel } from '../../src/main/services/export/model'
import { joinParts, readPart } from '../../src/main/services/export/pdfJoin'
import { LazyPdf } from '../../src/main/services/export/pdfLazy'
import { planSlices, printReport } from '../../src/main/services/export/pdfReport'
import { PRINT_ONLY_CSS } from '../../src/main/services/export/reportCss'
import { scanPdf } from '../e2e/hostile/pdfScan'
import { useTempDirs, hasChromium } from './helpers'
import { useProject } from './serviceHarness'
import { buildExportProject } from './exportFixture'

const temp = useTempDirs()
const h = useProject(() => temp())
const NOW = new Date('2026-03-10T09:00:00Z')
const N = (name: string) => PDFName.of(name)

/** The fixture's claims repeated to n, each with its own id and coverage row. */
function longModel(m: ReportModel, n: number): ReportModel {
  const claims = Array.from({ length: n }, (_, i) => ({ ...m.claims[i % m.claims.length], id: 1000 + i }))
  const coverage = new Map(claims.map((c, i) => [c.id, m.coverage.get(m.claims[i % m.claims.length].id)!]))
  return { ...m, claims, coverage }
}

function pageTexts(pdf: Buffer): string[] {
  const file = join(temp(), `t-${Math.random()}.pdf`)
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f')
}

/** Every key a page or annotation holds into the parent tree, and whether each is in it. */
function structureKeys(doc: PDFDocument): { used: number[]; inTree: Set<number> } {
  const used: number[] = []
  for (const page of doc.getPages()) {
    const own = page.node.get(N('StructParents'))
    if (own instanceof PDFNumber) used.push(own.asNumber())
    for (const a of page.node.lookupMaybe(N('Annots'), PDFArray)?.asArray() ?? []) {
      const key = doc.context.lookup(a, PDFDict).get(N('StructParent'))
      if (key instanceof PDFNumber) used.push(key.asNumber())
    }
  }
  const root = doc.catalog.lookup(N('StructTreeRoot'), PDFDict)
  const nums = root.lookup(N('ParentTree'), PDFDict).lookup(N('Nums'), PDFArray).asArray()
  return { used, inTree: new Set(nums.filter((_, i) => i % 2 === 0).map((k) => (k as PDFNumber).asNumber())) }
}

/** The IDs in the tag tree's ID tree, and the IDs that table cells name as their headers. */
function tableHeaders(doc: PDFDocument): { ids: string[]; headers: string[] } {
  const root = doc.catalog.lookup(N('StructTreeRoot'), PDFDict)
  const names: PDFObject[] = []
  const walk = (node: PDFDict) => {
    names.push(...(node.lookupMaybe(N('Names'), PDFArray)?.asArray() ?? []))
    for (const kid of node.lookupMaybe(N('Kids'), PDFArray)?.asArray() ?? []) walk(doc.context.lookup(kid, PDFDict))
  }
  walk(root.lookup(N('IDTree'), PDFDict))
  const ids = names.filter((_, i) => i % 2 === 0).map((s) => (s as PDFString).decodeText())
  const headers: string[] = []
  for (const [, o] of doc.context.enumerateIndirectObjects()) {
    if (!(o instanceof PDFDict) || o.get(N('Type')) !== N('StructElem')) continue
    const attrs = o.lookup(N('A'))
    const list: PDFObject[] = attrs instanceof PDFArray ? attrs.asArray() : attrs ? [attrs] : []
    for (const a of list) {
      const hs = a instanceof PDFDict ? a.lookupMaybe(N('Headers'), PDFArray) : undefined
      for (const s of hs?.asArray() ?? []) headers.push((s as PDFString).decodeText())
    }
  }
  return { ids, headers }
}

describe('a long PDF report printed in parts', () => {
  it('is cut at claim boundaries into parts of about equal cost, front matter first', () => {
    buildExportProject(h.ws)
    const m = h.ws.read((db) => buildReportModel(db, undefined, NOW))
    expect(planSlices(m, 2)).toEqual([{ from: 0, to: m.claims.length, front: true, back: true }])
    const long = longModel(m, 600)
    expect(planSlices(long, 1)).toHaveLength(1)
    const slices = planSlices(long, 2)
    expect(slices).toHaveLength(2)
    expect(slices[0]).toMatchObject({ from: 0, front: true, back: false })
    expect(slices[1]).toMatchObject({ from: slices[0].to, to: 600, front: false, back: true })
    // The tables go with the first part, so it takes fewer claims.
    expect(slices[0].to).toBeLessThan(300)
    expect(slices[0].to).toBeGreaterThan(0)
  })

  it('gives each part what it needs to link up with the others', () => {
    buildExportProject(h.ws)
    const m = longModel(
      h.ws.read((db) => buildReportModel(db, undefined, NOW)),
      6
    )
    const first = renderHtml(m, { slice: { from: 0, to: 2, front: true, back: false } })
    const later = renderHtml(m, { slice: { from: 2, to: 6, front: false, back: true } })
    expect(first).toContain('href="#claim-1005"')
    expect(first).toContain('<span id="claim-1005"></span>')
    expect(first).not.toContain('id="h-sources"')
    expect(later).toContain('<a href="#claim-1005"></a>')
    expect(later).toContain('id="claim-1005"')
    expect(later).not.toContain('id="h-summary"')
    expect(later).toContain('id="h-sources"')
    expect(renderHtml(m)).not.toContain('class="joints"')
    // Only the printed document hides itself from the screen; the HTML report must not.
    expect(renderHtml(m)).not.toContain(PRINT_ONLY_CSS)
    expect(renderHtml(m, { printOnly: true })).toContain(PRINT_ONLY_CSS)
  })

  it.runIf(hasChromium())(
    'joins the parts into one PDF with the text, working links between parts, one tag tree and nothing executable',
    async () => {
      buildExportProject(h.ws)
      const m = h.ws.read((db) => buildReportModel(db, undefined, NOW))
      const printed: Promise<Buffer>[] = []
      const print = (html: string) => {
        printed.push(htmlToPdfWithChromium(html))
        return printed[printed.length - 1]
      }
      const parted = await printReport(m, print, { parts: 3, splitFrom: 0 })
      expect(printed).toHaveLength(3)
      const whole = await printReport(m, (html) => htmlToPdfWithChromium(html), { parts: 1 })
      const one = await PDFDocument.load(whole, { updateMetadata: false })

      // A first part written with object streams cannot be read lazily: it is parsed whole.
      const [first, ...rest] = await Promise.all(printed)
      const packed = await (await PDFDocument.load(first, { updateMetadata: false })).save({ useObjectStreams: true })
      const rewritten = await joinParts(packed, await Promise.all(rest.map(readPart)))
      expect(LazyPdf.read(packed)).toBeUndefined()
      expect(LazyPdf.read(first)).toBeDefined()
      expect(parted.subarray(0, first.length).equals(first)).toBe(true)

      for (const pdf of [parted, rewritten]) await expectJoined(pdf, m, one.getPageCount())

      // Parts that both hold tables: their header IDs (which restart in each part) stay apart.
      const twice = await PDFDocument.load(await joinParts(whole, [await readPart(whole)]))
      const again = tableHeaders(twice)
      expect(again.ids.length).toBe(2 * tableHeaders(one).ids.length)
      expect(new Set(again.ids).size).toBe(again.ids.length)
      expect(again.headers.filter((x) => !again.ids.includes(x))).toEqual([])
    },
    120_000
  )
})

/** Text, page order, links, tags and safety of a report joined from parts. */
async function expectJoined(pdf: Buffer, m: ReportModel, wholePages: number): Promise<void> {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const text = pageTexts(pdf)
  const flat = text.join(' ').replace(/\s+/g, ' ')
  for (const s of [
    'Bridge story',
    'Coverage: who said what',
    'Ferry fares will double by June',
    '<script>alert(1)</script>'
  ])
    expect(flat).toContain(s)
  expect(flat).toContain('"quotes" & ampersands')

  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  expect(doc.getTitle()).toBe('Bridge story')
  expect(doc.getPageCount()).toBe(text.length - 1)
  expect(doc.getPageCount()).toBeGreaterThanOrEqual(wholePages)

  // Each summary link names a destination, and each destination lands on its claim's page.
  const dests = doc.catalog.lookup(N('Dests'), PDFDict)
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref, i]))
  const linked = new Set<string>()
  for (const page of doc.getPages()) {
    for (const a of page.node.lookupMaybe(N('Annots'), PDFArray)?.asArray() ?? []) {
      const dest = doc.context.lookup(a, PDFDict).get(N('Dest'))
      if (dest instanceof PDFName) linked.add(dest.decodeText())
    }
  }
  expect(linked.size).toBe(m.claims.length)
  m.claims.forEach((c, i) => {
    const dest = dests.lookup(N(`claim-${c.id}`), PDFArray)
    const page = pageIndex.get(dest.get(0) as PDFRef)!
    expect(text[page], `claim ${i + 1}`).toContain(`CLAIM ${i + 1}\n`)
  })

  // One tag tree: every key into it is used once and is in it, and table headers resolve.
  const { used, inTree } = structureKeys(doc)
  expect(new Set(used).size).toBe(used.length)
  expect(used.every((k) => inTree.has(k))).toBe(true)
  const { ids, headers } = tableHeaders(doc)
  expect(headers.length).toBeGreaterThan(0)
  expect(headers.filter((x) => !ids.includes(x))).toEqual([])

  expect((await scanPdf(pdf)).findings).toEqual([])
  expect(pdf.toString('latin1')).not.toMatch(/\/(JavaScript|JS|Launch|EmbeddedFile|OpenAction|AA)\b/)
}
