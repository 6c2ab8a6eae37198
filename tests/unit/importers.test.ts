import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/main/services/import/charset'
import { parseFile } from '../../src/main/services/import/parseFile'
import { ImportRefusal } from '../../src/main/services/import/types'
import { REPO_ROOT } from './helpers'

const GOOD = join(REPO_ROOT, 'tests/fixtures/import/good')
const BAD = join(REPO_ROOT, 'tests/fixtures/import/bad')
const parse = (dir: string, name: string) => parseFile(name, readFileSync(join(dir, name)))
const refusal = async (dir: string, name: string) => {
  try {
    await parse(dir, name)
  } catch (e) {
    expect(e).toBeInstanceOf(ImportRefusal)
    return e as ImportRefusal
  }
  throw new Error(`${name} should have been refused`)
}

describe('text importers', () => {
  it('reads the date line of a plain-text file as date and title', async () => {
    const a = await parse(GOOD, 'ferry-strike.txt')
    expect(a.title).toBe('Ferry crews walk out over rota changes')
    expect(a.publishedAt).toBe('2026-03-14')
    expect(a.body).toContain('Crews on the Gullhaven ferry')
    expect(a.body).not.toContain('date 2026')
  })

  it('reads a "Title:/Outlet:/Date:" header block, as the sample story uses', async () => {
    const a = await parseFile('s.txt', readFileSync(join(REPO_ROOT, 'resources/sample/1-marlow-courier.txt')))
    expect(a).toMatchObject({
      title: 'Harbour Bridge to close for six months, commissioner says',
      outlet: 'The Marlow Courier',
      author: 'Ines Valdés',
      url: 'https://courier.example/news/harbour-bridge-closure',
      publishedAt: '2026-03-02'
    })
    expect(a.body.trimStart()).toMatch(/^Marlow's Harbour Bridge/)
  })

  it('decodes windows-1252 text with curly quotes and accents', async () => {
    const a = await parse(GOOD, 'cafe-closure-1252.txt')
    expect(a.title).toBe('Café on the quay to close, owner says')
    expect(a.body).toContain('“tripled”')
    expect(a.body).not.toContain('\uFFFD')
  })

  it('decodes UTF-16 with a byte-order mark', async () => {
    const a = await parse(GOOD, 'bridge-tolls-utf16.txt')
    expect(a.title).toBe('Bridge tolls to rise by a third')
    expect(a.body).toContain('from April — the first rise')
  })

  it('decodes UTF-32 by its byte-order marks, which UTF-16 LE would otherwise claim', async () => {
    const text = 'Ferry fares 🚢 — naïve café'
    const utf32 = (le: boolean) => {
      const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)]
      const view = new DataView(new ArrayBuffer(points.length * 4))
      points.forEach((p, i) => view.setUint32(i * 4, p, le))
      return new Uint8Array(view.buffer)
    }
    expect(decodeText(utf32(true))).toEqual({ text, encoding: 'UTF-32LE' })
    expect(decodeText(utf32(false))).toEqual({ text, encoding: 'UTF-32BE' })
    expect((await parseFile('u.txt', utf32(false))).body).toBe(text)
    expect(() => decodeText(utf32(true).subarray(0, 10))).toThrow(/UTF-32/)
  })

  it('takes UTF-8 as UTF-8 and refuses text it cannot decode', () => {
    expect(decodeText(new TextEncoder().encode('naïve café')).text).toBe('naïve café')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text).toBe('a')
  })

  it('reads Markdown front matter and drops the markup', async () => {
    const a = await parse(GOOD, 'orchard-grant.md')
    expect(a).toMatchObject({
      title: 'Orchard grant doubled, council says',
      outlet: 'The Vale Ledger',
      author: 'Priya Ansel',
      publishedAt: '2026-02-02',
      url: 'https://vale-ledger.example/orchard-grant'
    })
    expect(a.body).toContain('The council says the orchard grant has doubled since last year.')
    expect(a.body).toContain('Figures in the budget book show')
    expect(a.body).not.toMatch(/\*\*|\]\(|^#/m)
  })
})

describe('HTML importer', () => {
  it('keeps the main text and metadata, and none of the page furniture', async () => {
    const a = await parse(GOOD, 'reservoir-levels.html')
    expect(a).toMatchObject({
      title: 'Reservoir at record low, water board claims',
      outlet: 'Northfield Post',
      author: 'Tomas Reyne',
      url: 'https://northfield-post.example/reservoir',
      publishedAt: '2026-07-21',
      language: 'en-GB'
    })
    expect(a.body).toContain('lowest level since records began in 1952')
    expect(a.body).toContain('“We saw it lower in the dry summer of 1976,”')
    for (const bad of [
      'SCRIPT_SHOULD',
      'NAVIGATION_SHOULD',
      'ADVERT_SHOULD',
      'ASIDE_SHOULD',
      'FOOTER_SHOULD',
      'color: red',
      '<p'
    ]) {
      expect(a.body).not.toContain(bad)
    }
    // Paragraphs stay paragraphs.
    expect(a.body.split('\n\n').length).toBeGreaterThanOrEqual(4)
  })

  it('falls back to <title>, <time> and the body text on a bare page', async () => {
    const html =
      '<html><head><title>Short note</title></head><body><p>One line.</p><p>Two <b>words</b>.</p><time datetime="2026-01-05T10:00">x</time><script>evil()</script></body></html>'
    const a = await parseFile('note.html', new TextEncoder().encode(html))
    expect(a.title).toBe('Short note')
    expect(a.publishedAt).toBe('2026-01-05')
    expect(a.body).toContain('One line.\n\nTwo words.')
    expect(a.body).not.toContain('evil')
  })
})

describe('PDF and Word importers', () => {
  it('reads PDF text in paragraphs and its info dictionary', async () => {
    const a = await parse(GOOD, 'dredging-report.pdf')
    expect(a.title).toBe('Harbour dredging report')
    expect(a.author).toBe('Harbour Commission')
    expect(a.publishedAt).toBe('2026-04-30')
    expect(a.body).toContain('silt in the outer channel had risen by 40 centimetres')
    expect(a.body).toContain('Dredging will start in October')
  })

  it('reads .docx paragraphs and core properties', async () => {
    const a = await parse(GOOD, 'library-hours.docx')
    expect(a.title).toBe('Library opening hours cut')
    expect(a.author).toBe('Hanna Lowe')
    expect(a.body).toBe(
      'The county library will open on four days a week from September, the council said.\n\nCampaigners said the branch was used by more than 900 people each week.'
    )
  })
})

describe('bad input', () => {
  it.each([
    ['empty.txt', 'skipped', /empty/],
    ['photo.jpg', 'skipped', /unsupported file type \(\.jpg\)/],
    ['binary.txt', 'skipped', /binary/],
    ['broken.pdf', 'failed', /broken PDF/],
    ['not-a-pdf.pdf', 'failed', /broken PDF/],
    ['broken.docx', 'failed', /broken \.docx/]
  ])('%s is %s with a one-line reason', async (name, kind, reason) => {
    const r = await refusal(BAD, name)
    expect(r.kind).toBe(kind)
    expect(r.message).toMatch(reason)
    expect(r.message).not.toContain('\n')
  })
})

describe('the import worker', () => {
  it('parses in a worker thread, and refusals keep their kind across the thread', async () => {
    const { createParser } = await import('../../src/main/services/import/parser')
    const parser = await createParser()
    try {
      expect(parser.inWorker).toBe(true)
      const a = await parser.parse('x.html', readFileSync(join(GOOD, 'reservoir-levels.html')))
      expect(a.outlet).toBe('Northfield Post')
      await expect(parser.parse('y.pdf', readFileSync(join(BAD, 'broken.pdf')))).rejects.toMatchObject({
        kind: 'failed',
        message: expect.stringMatching(/broken PDF/)
      })
    } finally {
      await parser.close()
    }
  }, 30_000)

  it('gives up on a file that takes too long, and the files queued behind it still import', async () => {
    const { createParser } = await import('../../src/main/services/import/parser')
    const parser = await createParser({ timeoutMs: 2500 })
    try {
      // About 36 MB of HTML: the DOM reader takes several times the limit set here, even in a warm
      // worker (12 MB took 1.2 s there), while a small text file takes milliseconds.
      const paragraph = `<p>${'The harbour inspection found corrosion on the cable bands. '.repeat(20)}</p>`
      const huge = new TextEncoder().encode(`<html><body><article>${paragraph.repeat(30_000)}</article></body></html>`)
      const text = (n: number) =>
        new TextEncoder().encode(`Queued article ${n}\n\nThe council met on Tuesday, item ${n}.`)
      const slow = parser.parse('huge.html', huge)
      const queued = [1, 2, 3].map((n) => parser.parse(`queued-${n}.txt`, text(n)))
      await expect(slow).rejects.toMatchObject({ kind: 'failed', message: 'took too long to read' })
      const done = await Promise.all(queued)
      expect(done.map((a) => a.title)).toEqual(['Queued article 1', 'Queued article 2', 'Queued article 3'])
      expect(done[2].body).toContain('item 3')
    } finally {
      await parser.close()
    }
  }, 60_000)

  it("keeps a finished import's worker for the next import, but not one left busy", async () => {
    const { createParser, prewarmParser, stopWarmParser, warmThreadId } =
      await import('../../src/main/services/import/parser')
    const text = new TextEncoder().encode('Kept worker\n\nThe ferry ran late on Monday.')
    try {
      await stopWarmParser()
      await prewarmParser()
      const kept = warmThreadId()
      expect(kept).not.toBeNull()
      const first = await createParser()
      expect(first.threadId).toBe(kept)
      expect(warmThreadId()).toBeNull()
      expect((await first.parse('a.txt', text)).title).toBe('Kept worker')
      await first.close()
      expect(warmThreadId()).toBe(kept)

      const second = await createParser()
      expect(second.threadId).toBe(kept)
      expect((await second.parse('b.txt', text)).body).toContain('ferry')
      // Closed while a file is still being read (a cancelled import): that worker is stopped.
      const paragraph = `<p>${'The council debated the harbour budget at length. '.repeat(20)}</p>`
      const big = new TextEncoder().encode(`<html><body><article>${paragraph.repeat(3_000)}</article></body></html>`)
      const pending = second.parse('big.html', big).catch(() => null)
      await second.close()
      expect(warmThreadId()).toBeNull()
      await pending
      const third = await createParser()
      expect(third.threadId).not.toBe(kept)
      await third.close()
    } finally {
      await stopWarmParser()
    }
  }, 60_000)
})
