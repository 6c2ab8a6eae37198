import { join } from 'node:path'
import { addArticle } from '../../src/main/services/articles'
import { tagPassage } from '../../src/main/services/passages'
import { Workspace } from '../../src/main/services/workspace'
import { expect, openApp, startServe, test } from './fixtures'

const CLAIMS = 600

/** One article with a passage per claim, built through the real services in one transaction. */
function seed(file: string): void {
  const sentences = Array.from({ length: CLAIMS }, (_, i) => `Officials said item ${i} was delayed.`)
  const body = sentences.join('\n\n')
  const ws = new Workspace({
    via: 'the claims list test',
    resourcesDir: join(process.cwd(), 'resources'),
    recent: null
  })
  ws.create(file, 'Many claims')
  ws.write(
    ({ db, editor, at }) => {
      const article = addArticle(
        db,
        { title: 'Delays', outlet: 'Wire', author: null, url: null, publishedAt: null, language: 'en', body },
        editor,
        at
      )
      let start = 0
      sentences.forEach((s, i) => {
        const claimant = i % 2 ? `Speaker ${i}` : undefined
        const r = tagPassage(
          db,
          { articleId: article.id, start, end: start + s.length, kind: 'claim', newClaimText: `Claim number ${i}` },
          editor,
          at
        )
        if (claimant) db.prepare('UPDATE claims SET claimant = ? WHERE id = ?').run(claimant, r.claim!.id)
        start += s.length + 2
      })
    },
    { undoable: false }
  )
  ws.close()
}

test('the claims list renders a window of rows, filters, and moves by keyboard to claims out of view', async ({
  page,
  workDir,
  configDir
}) => {
  test.setTimeout(120_000)
  const file = join(workDir, 'claims.factdesk')
  seed(file)
  const server = await startServe(configDir, file)
  try {
    await openApp(page, server)
    const region = page.getByRole('region', { name: 'Claims' })
    const list = region.getByRole('list', { name: 'Claims list' })
    const rows = list.getByRole('listitem')
    await expect(rows.first()).toContainText('Claim number 0')
    // A window, not the whole list; each row still tells its place in the whole list.
    expect(await rows.count()).toBeLessThan(40)
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(CLAIMS))
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1')

    // Tab stops at one row; End goes to the last claim, far out of the rendered window.
    const first = list.getByRole('button', { name: /^Claim number 0\b/ })
    await first.focus()
    await page.keyboard.press('End')
    const last = list.getByRole('button', { name: new RegExp(`^Claim number ${CLAIMS - 1}\\b`) })
    await expect(last).toBeFocused()
    await expect(last).toBeInViewport()
    await page.keyboard.press('ArrowUp')
    await expect(list.getByRole('button', { name: new RegExp(`^Claim number ${CLAIMS - 2}\\b`) })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('textbox', { name: 'Claim text' })).toHaveValue(`Claim number ${CLAIMS - 2}`)
    await page.keyboard.press('Home')
    await expect(first).toBeFocused()
    await expect(first).toHaveAttribute('tabindex', '0')
    await expect(list.locator('button[tabindex="0"]')).toHaveCount(1)

    // Selecting a claim elsewhere (its highlight in the reader) brings its row into view.
    const pane = page.getByRole('region', { name: 'Reader pane 1' })
    const mark = pane.getByRole('button', { name: /^Claim: claim “Claim number 450”/ })
    await mark.scrollIntoViewIfNeeded()
    await mark.click()
    const row450 = list.getByRole('button', { name: /^Claim number 450\b/ })
    await expect(row450).toBeInViewport()
    await expect(row450).toHaveAttribute('aria-pressed', 'true')

    // The filter matches text and claimant, and the count says how many of all.
    const filter = region.getByRole('searchbox', { name: 'Filter claims' })
    await filter.fill('speaker 59')
    await expect(rows).toHaveCount(6)
    await expect(region.getByRole('heading', { name: `Claims (6 of ${CLAIMS})` })).toBeVisible()
    await filter.fill('no such claim')
    await expect(rows).toHaveCount(0)
    await expect(region.getByText('No claim matches the filter.')).toBeVisible()
  } finally {
    await server.stop()
  }
})
