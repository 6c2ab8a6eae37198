import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import')
const filesIn = (dir: string) => readdirSync(join(FIXTURES, dir)).map((f) => join(FIXTURES, dir, f))

async function scrollLibraryToTop(page: Page) {
  await page.getByRole('list', { name: 'Articles' }).evaluate((el) => (el.parentElement!.scrollTop = 0))
}

async function newProject(page: Page, file: string, title: string) {
  await page.getByRole('button', { name: 'New project' }).click()
  await page.getByLabel('Project file').fill(file)
  await page.getByLabel('Project title').fill(title)
  await page.getByRole('button', { name: 'Create project' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
}

test('import a folder of files with progress and a summary; bad files are refused with reasons', async ({
  page,
  server,
  workDir
}) => {
  await openApp(page, server)
  await newProject(page, join(workDir, 'imports.factdesk'), 'Imports')
  const list = page.getByRole('list', { name: 'Articles' })

  // Browser mode: Import folder opens a folder picker; the files' bytes go to the server in parts.
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import folder' }).click()
  await (await chooser).setFiles(FIXTURES)

  const status = page.getByRole('region', { name: 'Import' })
  await expect(status.getByRole('status')).toContainText('Import finished: 7 imported, 3 skipped, 3 failed', {
    timeout: 45_000
  })
  await expect(status).toContainText('broken.pdf: broken PDF')
  await expect(status).toContainText('photo.jpg: unsupported file type (.jpg)')
  await expect(status).toContainText('empty.txt: empty file')
  for (const title of [
    'Reservoir at record low, water board claims',
    'Library opening hours cut',
    'Harbour dredging report',
    'Café on the quay to close, owner says'
  ]) {
    await expect(list.getByText(title)).toBeVisible()
  }
  await expect(list.getByText('Northfield Post · 2026-07-21')).toBeVisible()

  // The same files again (Import articles: a file picker) are duplicates; the project is unchanged.
  const again = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import articles' }).click()
  await (await again).setFiles(filesIn('good'))
  await expect(status.getByRole('status')).toContainText('0 imported, 7 skipped, 0 failed', { timeout: 60_000 })
  await expect(status).toContainText('duplicate')

  // Sort and group.
  await page.getByRole('combobox', { name: 'Sort articles by' }).selectOption('title')
  await expect(list.locator('.article-title').first()).toHaveText('Bridge tolls to rise by a third')
  await page.getByRole('combobox', { name: 'Group articles' }).selectOption('outlet')
  await expect(list.getByRole('list', { name: 'Northfield Post' })).toContainText('Reservoir at record low')

  // Article details: edit, then delete (it says what goes with it) and undo.
  await page.getByRole('button', { name: 'Details of "Harbour dredging report"' }).click()
  const dialog = page.getByRole('dialog', { name: 'Article details' })
  await dialog.getByLabel('Outlet').fill('Harbour Commission')
  await dialog.getByRole('button', { name: 'Save details' }).click()
  // Its new outlet sorts first: the list renders only the rows in view, so it scrolls back up to it.
  await expect(dialog).toBeHidden()
  await scrollLibraryToTop(page)
  await expect(list.getByRole('list', { name: 'Harbour Commission' })).toContainText('Harbour dredging report')
  await page.getByRole('button', { name: 'Details of "Harbour dredging report"' }).click()
  await dialog.getByRole('button', { name: 'Delete article…' }).click()
  await expect(dialog).toContainText('with 0 passages and 0 links')
  await dialog.getByRole('button', { name: 'Delete article', exact: true }).click()
  await expect(list.getByText('Harbour dredging report')).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo delete', exact: true }).click()
  await scrollLibraryToTop(page)
  await expect(list.getByText('Harbour dredging report')).toBeVisible()
})

test('drop files on the window to import them, and paste an article', async ({ page, server, workDir }) => {
  await openApp(page, server)
  await newProject(page, join(workDir, 'drop.factdesk'), 'Dropped')
  const files = ['ferry-strike.txt', 'orchard-grant.md'].map((name) => ({
    name,
    b64: readFileSync(join(FIXTURES, 'good', name)).toString('base64')
  }))
  await page.evaluate((list) => {
    const dt = new DataTransfer()
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))
      dt.items.add(new File([bytes], f.name, { type: 'text/plain' }))
    }
    const target = document.querySelector('main') ?? document.body
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }))
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  }, files)
  await expect(page.getByRole('region', { name: 'Import' }).getByRole('status')).toContainText('2 imported')
  const list = page.getByRole('list', { name: 'Articles' })
  await expect(list.getByText('Ferry crews walk out over rota changes')).toBeVisible()
  await expect(list.getByText('The Vale Ledger · 2026-02-02')).toBeVisible()

  await page.getByRole('button', { name: 'Paste article', exact: true }).click()
  await page.getByLabel('Title', { exact: true }).fill('Pasted note on the ferry')
  await page.getByLabel('Article text').fill('A pasted paragraph about the ferry timetable.')
  await page.getByRole('button', { name: 'Add article' }).click()
  await expect(list.getByText('Pasted note on the ferry')).toBeVisible()
})

test('search as you type, filter, and jump to the hit in a reader pane', async ({ page, server, workDir }) => {
  await openApp(page, server)
  await newProject(page, join(workDir, 'search.factdesk'), 'Search')
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => `Paragraph ${i + 1} of the council minutes records routine business about bins and benches.`
  )
  paragraphs.push('At the very end the treasurer admitted the lighthouse fund was overspent by a third.')
  await page.getByRole('button', { name: 'Paste article', exact: true }).click()
  await page.getByLabel('Title', { exact: true }).fill('Council minutes')
  await page.getByLabel('Outlet').fill('Town Gazette')
  await page.getByLabel('Article text').fill(paragraphs.join('\n\n'))
  await page.getByRole('button', { name: 'Add article' }).click()
  await page.getByRole('button', { name: 'Paste article', exact: true }).click()
  await page.getByLabel('Title', { exact: true }).fill('Harbour news')
  await page.getByLabel('Article text').fill('Nothing about the beacon here, only boats.')
  await page.getByRole('button', { name: 'Add article' }).click()
  // Start from an empty pane 1 showing another article.
  await page.getByRole('combobox', { name: 'Article in pane 1' }).selectOption({ label: 'Harbour news' })

  const box = page.getByRole('searchbox', { name: 'Search' })
  await box.pressSequentially('lighth')
  const results = page.getByRole('region', { name: 'Search results' })
  await expect(results.getByRole('heading', { name: /Articles/ })).toBeVisible()
  const hit = results.getByRole('button', { name: /Council minutes/ })
  await expect(hit.locator('mark')).toHaveText('lighthouse')
  await expect(results.getByRole('button', { name: /Harbour news/ })).toHaveCount(0)

  await box.fill('"lighthouse AND')
  await expect(results.getByRole('alert')).toContainText('the search could not be read')
  await box.fill('lighthouse fund')
  await hit.click()
  // The hit opens in the active pane, or in the pane that already shows its article.
  const pane = page
    .getByRole('region', { name: /^Reader pane \d$/ })
    .filter({ has: page.getByText('the treasurer admitted the lighthouse fund', { exact: false }) })
  await expect(pane).toHaveCount(1)
  const target = pane.getByText('the treasurer admitted the lighthouse fund', { exact: false })
  await expect(target).toBeInViewport()
  await expect(pane.getByText('Paragraph 1 of the council', { exact: false })).not.toBeInViewport()
})
