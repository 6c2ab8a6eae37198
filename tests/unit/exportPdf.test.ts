import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs, hasChromium } from './helpers'
import { useProject } from './serviceHarness'
import { buildExportProject } from './exportFixture'

const temp = useTempDirs()
const h = useProject(() => temp())

describe('the PDF report', () => {
  it.runIf(hasChromium())(
    'prints the HTML report through headless Chromium with its text intact and nothing executable',
    async () => {
      buildExportProject(h.ws)
      const out = join(temp(), 'report.pdf')
      const r = await h.call<{ out: string; claims: number }>('export.toFile', { format: 'pdf', path: out })
      expect(r).toMatchObject({ out, claims: 4 })
      const pdf = readFileSync(out)
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      const raw = pdf.toString('latin1')
      expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|EmbeddedFile|OpenAction|AA)\b/)
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
      expect(text).toContain('Bridge story')
      expect(text).toContain('Harbour Checks')
      expect(text).toContain('Coverage: who said what')
      expect(text).toContain('Ferry fares will double by June')
      expect(text).toContain('Council: no fare rise agreed')
      // Markup-like article text and rationale come out as the characters the editor saw.
      expect(text).toContain('<script>alert(1)</script>')
      expect(text).toContain('<img src=x onerror=alert(1)>')
      expect(text).toContain('"quotes" & ampersands')
      expect(text).toContain('Rationale with')
      const pages = execFileSync('pdfinfo', [out], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)
      expect(Number(pages?.[1])).toBeGreaterThanOrEqual(3)
    },
    120_000
  )

  it('says clearly when no Chromium can be found', async () => {
    const err = await h.failure('export.toFile', {
      format: 'pdf',
      path: join(temp(), 'x.pdf'),
      chromium: '/nonexistent/chromium'
    })
    expect(err).toMatchObject({ code: 'unsupported' })
    expect(err.message).toMatch(/cannot make a PDF: the Chromium at \/nonexistent\/chromium does not exist/)
  })
})
