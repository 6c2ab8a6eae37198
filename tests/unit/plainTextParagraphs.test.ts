import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article, ImportProgress } from '../../src/shared/domain'
import { parseFile } from '../../src/main/services/import/parseFile'
import { paragraphise } from '../../src/shared/paragraphs'
import { useTempDirs } from './helpers'
import { useProject } from './serviceHarness'

const tempDir = useTempDirs()
const h = useProject(tempDir)

/** Writes `text` to a real file named `name` in a fresh folder and reads it back as an import would. */
async function parseText(name: string, text: string) {
  const file = join(tempDir(), name)
  writeFileSync(file, text)
  return parseFile(name, readFileSync(file))
}
const paragraphs = (body: string) => body.split('\n\n')

const ONE_LINE_EACH = [
  'Ferry fares to rise in spring',
  'The Gullhaven ferry will cost a third more from April, the operator said on Monday.',
  'Commuters said they had not been told.',
  'Fuel costs blamed',
  '"Fuel has doubled in two years," said a spokeswoman for the company.',
  'The council will discuss the fares on Thursday.'
].join('\n')

const HARD_WRAPPED = [
  'The Gullhaven ferry will cost a third more from April, the operator said',
  'on Monday, giving fuel costs as the reason.',
  'Commuters who cross twice a day said they had not been told of the change',
  'until a notice went up at the terminal late on Friday afternoon.',
  '    The council will discuss the fares on Thursday, when residents from',
  'both shores of the harbour are expected to fill the public gallery.'
].join('\n')

describe('plain-text paragraphs', () => {
  it('keeps paragraphs separated by single line breaks, and subheads on their own', async () => {
    const a = await parseText('fares.txt', ONE_LINE_EACH)
    expect(a.title).toBe('Ferry fares to rise in spring')
    expect(paragraphs(a.body)).toEqual(ONE_LINE_EACH.split('\n'))
  })

  it('joins hard-wrapped prose, ending paragraphs only where the text does', async () => {
    const a = await parseText('wrapped.txt', HARD_WRAPPED)
    const ps = paragraphs(a.body)
    expect(ps).toHaveLength(3)
    expect(ps[0]).toBe(`${HARD_WRAPPED.split('\n')[0]} ${HARD_WRAPPED.split('\n')[1]}`)
    expect(ps[2]).toMatch(/^The council will discuss the fares on Thursday, when residents from both shores/)
  })

  it('keeps blank-line paragraphs and joins the wrapped lines inside them', async () => {
    const text =
      'date 2026-03-14 Ferry crews walk out\n\nCrews stopped work at dawn\non Friday.\n\nThe operator denied it.'
    const a = await parseText('strike.txt', text)
    expect(paragraphs(a.body)).toEqual(['Crews stopped work at dawn on Friday.', 'The operator denied it.'])
  })

  it('does not end a paragraph at "Mr." or at a line that runs on in lower case', async () => {
    const text = 'Harbour news\nThe ferry was named by Mr.\nOkafor in 1998.\nIt sails at\nnine each day.\nIt is old.'
    const a = await parseText('names.txt', text)
    expect(paragraphs(a.body)).toEqual([
      'Harbour news',
      'The ferry was named by Mr. Okafor in 1998.',
      'It sails at nine each day.',
      'It is old.'
    ])
  })

  it('reads "outlet NAME" and "date YYYY-MM-DD headline" first lines', async () => {
    const a = await parseText(
      'x.txt',
      'outlet Gullhaven Gazette\ndate 2026-03-04 Bridge to close\nThe bridge will close.'
    )
    expect(a).toMatchObject({ outlet: 'Gullhaven Gazette', publishedAt: '2026-03-04', title: 'Bridge to close' })
    expect(a.body).toBe('The bridge will close.')
    const b = await parseText('y.txt', 'Outlet stores to close\nThe outlet stores will close.')
    expect(b).toMatchObject({ title: 'Outlet stores to close', outlet: null })
  })

  it('takes the date and outlet from the file name when the text gives none', async () => {
    const a = await parseText(
      '2026-03-04 Marlow Courier - Bridge to close.txt',
      'Bridge to close\nThe bridge will close.'
    )
    expect(a).toMatchObject({ title: 'Bridge to close', outlet: 'Marlow Courier', publishedAt: '2026-03-04' })
    const b = await parseText('2026-03-04 bridge closure.txt', 'Bridge to close\nThe bridge will close.')
    expect(b).toMatchObject({ outlet: null, publishedAt: '2026-03-04' })
    const c = await parseText('Marlow Courier - Bridge.txt', 'Bridge to close\nThe bridge will close.')
    expect(c).toMatchObject({ outlet: null, publishedAt: null })
    const d = await parseText('2026-03-04 Marlow Courier - x.txt', 'outlet Vale Ledger\ndate 2026-02-01 B\nText.')
    expect(d).toMatchObject({ outlet: 'Vale Ledger', publishedAt: '2026-02-01' })
  })

  it('stores the paragraphs through the import pipeline; the paste dialog uses the same rule', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, '2026-03-04 Marlow Courier - Ferry fares.txt'), ONE_LINE_EACH)
    const { jobId } = await h.call<{ jobId: string }>('import.start', { paths: [dir] })
    let p = await h.call<ImportProgress>('import.progress', { jobId })
    for (; !p.finished; p = await h.call<ImportProgress>('import.progress', { jobId })) {
      await new Promise((r) => setTimeout(r, 10))
    }
    const imported = await h.call<Article>('articles.get', { id: p.summary.imported[0].id })
    expect(imported).toMatchObject({ outlet: 'Marlow Courier', publishedAt: '2026-03-04' })
    expect(paragraphs(imported.body)).toHaveLength(6)
    expect(paragraphise(ONE_LINE_EACH)).toBe(imported.body)
    expect(paragraphs(paragraphise(HARD_WRAPPED))).toHaveLength(3)
  })
})
