import { readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { parseFile } from '../../src/main/services/import/parseFile'
import { ImportRefusal } from '../../src/main/services/import/types'
import { docxBomb, pdfBomb, pdfStreamBomb } from './fuzz/bombs'
import { fuzz, mutate, type FuzzReport } from './fuzz/harness'
import type { Rng } from './fuzz/random'
import { REPO_ROOT } from './helpers'

/**
 * Every importer (plain text with charset detection, Markdown, HTML, PDF, Word) fed seeded
 * random and mutated copies of the good fixtures. Each case must end, inside its time bound, in
 * a clean article or a one-line refusal, the same outcome the import job reports per file.
 * FACTDESK_FUZZ_SCALE multiplies the case counts (npm run fuzz:import runs ten times as many).
 */
const GOOD = join(REPO_ROOT, 'tests', 'fixtures', 'import', 'good')
const SCALE = Math.max(1, Number(process.env.FACTDESK_FUZZ_SCALE) || 1)
/** This test process's peak RSS: a bomb that got through took 3.1 GB; the runs stay far below. */
const MAX_RSS_MB = 1_024
const fixtures = (exts: string[]) =>
  readdirSync(GOOD)
    .filter((f) => exts.includes(extname(f)))
    .map((f) => readFileSync(join(GOOD, f)))

function judgeParse({ value, error }: { value?: unknown; error?: unknown }): string | null {
  if (error) {
    if (!(error instanceof ImportRefusal)) return `threw ${(error as Error)?.constructor?.name}: ${String(error)}`
    if (!error.message || error.message.includes('\n')) return `unclear refusal: ${JSON.stringify(error.message)}`
    return null
  }
  const a = value as { title?: unknown; body?: unknown }
  if (typeof a?.title !== 'string' || typeof a.body !== 'string') return 'no title or body'
  if (!a.body.trim()) return 'an empty article was accepted'
  return null
}

/** Text that is not one of the fixtures: random bytes, random code points, or a mix. */
function randomText(rng: Rng): Buffer {
  if (rng.chance(0.4)) return rng.bytes(rng.int(1, 8_000))
  const chars: string[] = []
  for (let i = rng.int(1, 4_000); i > 0; i--) {
    const c = rng.chance(0.7) ? rng.int(0x20, 0x7e) : rng.int(0, 0x10ffff)
    chars.push(c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCodePoint(c))
  }
  return Buffer.from(chars.join(''), rng.chance(0.5) ? 'utf8' : 'utf16le')
}

/** Mutates the Word document inside the zip as well as the zip itself, so the XML parser is reached. */
async function mutateDocx(rng: Rng, docx: Buffer): Promise<Buffer> {
  if (rng.chance(0.3)) return mutate(rng, docx)
  const zip = await JSZip.loadAsync(docx)
  const name = rng.chance(0.8) ? 'word/document.xml' : rng.pick(Object.keys(zip.files))
  const inner = await zip.file(name)?.async('nodebuffer')
  if (inner) zip.file(name, mutate(rng, inner))
  return zip.generateAsync({ type: 'nodebuffer' })
}

/** Keeps the header most of the time, so the cases reach pdf.js rather than the magic check. */
function mutatePdf(rng: Rng, pdf: Buffer): Buffer {
  const b = mutate(rng, pdf)
  return rng.chance(0.8) ? Buffer.concat([Buffer.from('%PDF-1.7\n'), b.subarray(Math.min(b.length, 9))]) : b
}

interface ImporterCase {
  ext: string
  cases: number
  timeoutMs: number
  generate: (rng: Rng, good: Buffer[]) => Buffer | Promise<Buffer>
}

const IMPORTERS: ImporterCase[] = [
  {
    ext: '.txt',
    cases: 400,
    timeoutMs: 2_000,
    generate: (rng, good) => (rng.chance(0.3) ? randomText(rng) : mutate(rng, rng.pick(good)))
  },
  {
    ext: '.md',
    cases: 400,
    timeoutMs: 2_000,
    generate: (rng, good) => {
      if (rng.chance(0.2)) return randomText(rng)
      // Front matter and heading edges are where the Markdown reader does its own parsing.
      const prefix = rng.pick(['', '---\n', '---\ntitle: ', '# ', '---\n---\n', '\ufeff---\nauthor:'])
      return Buffer.concat([Buffer.from(prefix), mutate(rng, rng.pick(good))])
    }
  },
  {
    ext: '.html',
    cases: 250,
    timeoutMs: 3_000,
    generate: (rng, good) => {
      if (rng.chance(0.2)) return randomText(rng)
      const b = mutate(rng, rng.pick(good))
      // Deep nesting and broken JSON-LD: the classic slow paths of DOM and metadata readers.
      if (rng.chance(0.1)) return Buffer.concat([b, Buffer.from('<div>'.repeat(rng.int(100, 5_000)))])
      if (rng.chance(0.1)) return Buffer.concat([Buffer.from('<script type="application/ld+json">{"headline":[[[['), b])
      return b
    }
  },
  { ext: '.pdf', cases: 120, timeoutMs: 5_000, generate: (rng, good) => mutatePdf(rng, rng.pick(good)) },
  { ext: '.docx', cases: 120, timeoutMs: 5_000, generate: (rng, good) => mutateDocx(rng, rng.pick(good)) }
]

const FIXTURE_EXTS: Record<string, string[]> = {
  '.txt': ['.txt'],
  '.md': ['.md'],
  '.html': ['.html'],
  '.pdf': ['.pdf'],
  '.docx': ['.docx']
}

describe('importer fuzzing', () => {
  for (const [n, imp] of IMPORTERS.entries()) {
    it(
      `${imp.ext}: seeded random and mutated files end in an article or a one-line refusal`,
      async () => {
        const good = fixtures(FIXTURE_EXTS[imp.ext])
        expect(good.length).toBeGreaterThan(0)
        // Generated up front (docx mutation is async), so the time bound covers the parse alone.
        const { Rng } = await import('./fuzz/random')
        const gen = new Rng(100 + n)
        const inputs: Buffer[] = []
        for (let i = 0; i < imp.cases * SCALE; i++) inputs.push(await imp.generate(gen, good))
        const outcomes = { articles: 0, refused: 0 }
        const report: FuzzReport = await fuzz({
          name: `${imp.ext} importer`,
          seed: 100 + n,
          cases: inputs.length,
          timeoutMs: imp.timeoutMs,
          maxRssMb: MAX_RSS_MB,
          generate: (_rng, i) => inputs[i],
          run: async (bytes) => {
            try {
              const a = await parseFile(`fuzz${imp.ext}`, bytes)
              outcomes.articles++
              return a
            } catch (e) {
              outcomes.refused++
              throw e
            }
          },
          judge: judgeParse
        })
        expect(report.failures, report.name).toEqual([])
        console.log(
          `${report.name}: ${report.cases} cases (${outcomes.articles} articles, ${outcomes.refused} refused), ` +
            `slowest ${report.slowest.toFixed(0)} ms, peak RSS ${report.peakRssMb} MB, none failed`
        )
      },
      120_000 * SCALE
    )
  }
  it('refuses files that are small on disk and huge once read, in bounded time and memory', async () => {
    const MB = 1024 * 1024
    // Each small on disk: the 300 MB docx is 300 KB, the 300 MB PDF stream 630 KB.
    const bombs: { name: string; bytes: Uint8Array; maxBytes?: number; reason: RegExp }[] = [
      { name: 'bomb.docx', bytes: await docxBomb(300 * MB), reason: /inflates past the 20 MB import limit/ },
      { name: 'just-over.docx', bytes: await docxBomb(21 * MB), reason: /inflates past the 20 MB import limit/ },
      { name: 'small-limit.docx', bytes: await docxBomb(2 * MB), maxBytes: MB, reason: /inflates past the 1 MB/ },
      { name: 'stream.pdf', bytes: await pdfStreamBomb(300 * MB), reason: /page descriptions inflate past 40 MB/ },
      { name: 'pages.pdf', bytes: await pdfBomb(2_500, 1), reason: /2500 pages, more than the 2000 read/ },
      {
        name: 'repeated.pdf',
        bytes: await pdfBomb(300, 200),
        maxBytes: MB,
        reason: /larger than the 1 MB import limit/
      }
    ]
    const report = await fuzz({
      name: 'bombs',
      seed: 0,
      cases: bombs.length,
      timeoutMs: 10_000,
      maxRssMb: MAX_RSS_MB,
      generate: (_rng, i) => bombs[i],
      run: (b) => parseFile(b.name, b.bytes, b.maxBytes),
      judge: (outcome, b) => {
        if (!outcome.error) return 'imported'
        return judgeParse(outcome) ?? (b.reason.test((outcome.error as Error).message) ? null : String(outcome.error))
      }
    })
    expect(report.failures).toEqual([])
    console.log(
      `bombs: ${report.cases} refused, slowest ${report.slowest.toFixed(0)} ms, peak RSS ${report.peakRssMb} MB`
    )
  }, 120_000)
})
