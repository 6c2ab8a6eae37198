import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFile } from '../../src/main/services/import/parseFile'
import { runBounded } from './boundedCli'
import { docxBomb, pdfBomb, pdfStreamBomb } from './fuzz/bombs'
import { useTempDirs } from './helpers'

const tempDir = useTempDirs()

interface Summary {
  imported: unknown[]
  failed: { source: string; error: string }[]
}

describe('files that are small on disk and huge once read', () => {
  it('refuses a .docx whose XML inflates to 300 MB, quickly and in bounded memory', async () => {
    const dir = tempDir()
    const project = join(dir, 'p.factdesk')
    expect((await runBounded(dir, ['new', project], { timeoutMs: 30_000 })).code).toBe(0)
    const bomb = join(dir, 'bomb.docx')
    writeFileSync(bomb, await docxBomb(300 * 1024 * 1024))
    const run = await runBounded(dir, ['import', project, bomb, '--json'], { timeoutMs: 30_000 })
    // Before the bound: 36.8 s and 3.1 GB, a 314-million-character article.
    expect(run.killed).toBe(false)
    const out = JSON.parse(run.stdout) as Summary
    expect(out.imported).toEqual([])
    expect(out.failed).toEqual([{ source: bomb, error: expect.stringMatching(/inflates past the 20 MB import limit/) }])
    expect(run.code).toBe(1)
    expect(run.ms).toBeLessThan(20_000)
    if (run.peakRssMb !== null) expect(run.peakRssMb).toBeLessThan(600)
    console.info(`docx bomb: ${run.ms} ms, peak RSS ${run.peakRssMb} MB`)
  }, 60_000)

  it('refuses a one-page PDF whose content stream inflates to 300 MB, quickly and in bounded memory', async () => {
    const dir = tempDir()
    const project = join(dir, 'p.factdesk')
    expect((await runBounded(dir, ['new', project], { timeoutMs: 30_000 })).code).toBe(0)
    const bomb = join(dir, 'bomb.pdf')
    writeFileSync(bomb, await pdfStreamBomb(300 * 1024 * 1024))
    // Before: pdf.js parsed the stream until the 60 s parse limit.
    const run = await runBounded(dir, ['import', project, bomb, '--json'], { timeoutMs: 30_000 })
    expect(run.killed).toBe(false)
    const out = JSON.parse(run.stdout) as Summary
    expect(out.failed).toEqual([{ source: bomb, error: expect.stringMatching(/page descriptions inflate past 40 MB/) }])
    expect(run.ms).toBeLessThan(20_000)
    if (run.peakRssMb !== null) expect(run.peakRssMb).toBeLessThan(600)
    console.info(`pdf stream bomb: ${run.ms} ms, peak RSS ${run.peakRssMb} MB`)
  }, 60_000)

  it("bounds a PDF's text by the import limit, and its pages", async () => {
    const repeated = await pdfBomb(300, 200)
    let t = Date.now()
    await expect(parseFile('repeated.pdf', repeated, 1024 * 1024)).rejects.toMatchObject({
      kind: 'failed',
      message: 'its text is larger than the 1 MB import limit'
    })
    expect(Date.now() - t).toBeLessThan(15_000)
    const many = await pdfBomb(2_500, 1)
    t = Date.now()
    await expect(parseFile('many.pdf', many)).rejects.toMatchObject({
      message: 'it has 2500 pages, more than the 2000 read'
    })
    expect(Date.now() - t).toBeLessThan(10_000)
  }, 60_000)
})
