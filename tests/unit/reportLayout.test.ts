import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../../src/main/services/export/html'
import { buildReportModel } from '../../src/main/services/export/model'
import { chromiumLaunchOptions } from '../e2e/browser'
import { useTempDirs, hasChromium } from './helpers'
import { useProject } from './serviceHarness'
import { buildExportProject } from './exportFixture'
import { buildWideProject, OUTLETS } from './reportFixture'

const temp = useTempDirs()
const h = useProject(() => temp())

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
}

/**
 * How far down each page the printing reaches, as a share of the page's height: each page is
 * rendered in grey at low resolution and the lowest row with any ink found.
 */
function inkDepths(pdf: string, dir: string): number[] {
  execFileSync('pdftoppm', ['-r', '24', '-gray', pdf, join(dir, 'pg')])
  return readdirSync(dir)
    .filter((f) => /^pg-\d+\.pgm$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((f) => {
      const buf = readFileSync(join(dir, f))
      const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 40).toString('latin1'))!
      const [w, height] = [Number(head[1]), Number(head[2])]
      const pixels = buf.subarray(head[0].length)
      let lowest = 0
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < w; x++) {
          if (pixels[y * w + x] < 200) {
            lowest = y
            break
          }
        }
      }
      return lowest / height
    })
}

/**
 * The page's overflow, and any box inside the report that is wider than itself: a box that
 * clips or scrolls its content (the old matrix) hides that overflow from the page.
 */
const MEASURE = `(() => {
  const root = document.scrollingElement
  const report = document.querySelector('.report').getBoundingClientRect()
  const clipped = [...document.querySelectorAll('.report *')]
    .filter((e) => e instanceof HTMLElement && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
    .map((e) => e.tagName + '.' + e.className)
  const outside = [...document.querySelectorAll('.report svg, .report table, .report figure')]
    .filter((e) => e.getBoundingClientRect().right > report.right + 1)
    .map((e) => e.tagName)
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, clipped, outside }
})()`

describe('the report page layout', () => {
  it.runIf(hasChromium())(
    'fits 1440 px with a dozen outlets: nothing overflows the page or any box in it',
    async () => {
      buildWideProject(h.ws)
      const m = h.ws.read((db) => buildReportModel(db))
      expect(m.outlets).toHaveLength(OUTLETS.length)
      const file = join(temp(), 'report.html')
      writeFileSync(file, renderHtml(m))
      const browser = await chromium.launch(chromiumLaunchOptions())
      try {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
        await page.goto(pathToFileURL(file).href)
        // Run in the page (as text: these tests are typed without the DOM's types).
        const r = (await page.evaluate(MEASURE)) as {
          scrollWidth: number
          clientWidth: number
          clipped: string[]
          outside: string[]
        }
        expect(r.scrollWidth).toBeLessThanOrEqual(r.clientWidth)
        expect(r.clipped).toEqual([])
        expect(r.outside).toEqual([])
      } finally {
        await browser.close()
      }
    },
    60_000
  )

  it.runIf(hasChromium())(
    'prints two claims on at most three A4 pages, none but the last more than half empty',
    async () => {
      const b = buildExportProject(h.ws)
      const dir = temp()
      const out = join(dir, 'two.pdf')
      await h.call('export.toFile', {
        format: 'pdf',
        path: out,
        selection: { claimIds: [b.claims.fares, b.claims.bridge] }
      })
      expect(pageCount(out)).toBeLessThanOrEqual(3)
      const depths = inkDepths(out, dir)
      expect(
        depths.slice(0, -1).every((d) => d > 0.5),
        depths.join(' ')
      ).toBe(true)
    },
    120_000
  )

  it.runIf(hasChromium())(
    'leaves no page but the last more than half empty with many outlets and passages',
    async () => {
      buildWideProject(h.ws)
      const dir = temp()
      const out = join(dir, 'wide.pdf')
      await h.call('export.toFile', { format: 'pdf', path: out })
      const depths = inkDepths(out, dir)
      expect(depths.length).toBeGreaterThan(1)
      expect(
        depths.slice(0, -1).every((d) => d > 0.5),
        depths.join(' ')
      ).toBe(true)
    },
    120_000
  )
})

describe('the report text', () => {
  it('joins the parts of each source without doubled punctuation', () => {
    buildWideProject(h.ws)
    const html = h.ws.read((db) => renderHtml(buildReportModel(db)))
    const sources = /<section class="sources"[\s\S]*?<\/section>/.exec(html)![0]
    const text = sources.replace(/<[^>]+>/g, '')
    expect(text).toContain('Harbour vote delayed until after the election. Marlow Courier, 2 March 2026.')
    expect(text).toContain('Will ferry fares double? Report 2. Eastshore Daily, Reporter 2, 3 March 2026.')
    expect(text).toContain('Bay Post Ltd., 6 March 2026.')
    expect(text).not.toMatch(/\.\s*\./)
    expect(text).not.toMatch(/\?\./)
    expect(text).not.toMatch(/,\s*[.,]/)
  })

  it('names in its Editors line only those who edited its claims and passages', () => {
    // The fixture's first change (the publisher) is made under the OS login, before the editor
    // name it sets is in use; everything after is by that editor.
    buildExportProject(h.ws)
    const m = h.ws.read((db) => buildReportModel(db))
    const creator = h.ws.read(
      (db) => db.prepare("SELECT editor FROM history WHERE field = 'publisherName'").pluck().get() as string
    )
    expect(creator).not.toBe('Mira Chen')
    expect(m.editors).toEqual(['Mira Chen'])
    const html = renderHtml(m)
    expect(html).toContain('<dt>Editor</dt><dd>Mira Chen</dd>')
    expect(html).not.toContain(`, ${creator}<`)
  })
})
