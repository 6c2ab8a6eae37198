import { join } from 'node:path'
import { addArticle } from '../../src/main/services/articles'
import { Workspace } from '../../src/main/services/workspace'
import { expect, openApp, selectPhrase, startServe, test } from './fixtures'

const ARTICLES = 600
const OUTLETS = ['Courier', 'Ledger', 'Wire']
/** Zero-padded, so titles sort as numbers and "Report 0599" is last. */
const title = (i: number) => `Report ${String(i).padStart(4, '0')} on the harbour`

/** Many short articles over three outlets, through the real services in one transaction. */
function seed(file: string): void {
  const ws = new Workspace({
    via: 'the library list test',
    resourcesDir: join(process.cwd(), 'resources'),
    recent: null
  })
  ws.create(file, 'Many articles')
  ws.write(
    ({ db, editor, at }) => {
      for (let i = 0; i < ARTICLES; i++) {
        addArticle(
          db,
          {
            title: title(i),
            outlet: OUTLETS[i % OUTLETS.length],
            author: null,
            url: null,
            publishedAt: null,
            language: 'en',
            body: `Article ${i}. The harbour board met on day ${i} and said the pier would reopen.`
          },
          editor,
          at,
          { index: false }
        )
      }
    },
    { undoable: false }
  )
  ws.close()
}

test('the library renders a window of rows, moves by keyboard and opens articles far down the list', async ({
  page,
  workDir,
  configDir
}) => {
  test.setTimeout(120_000)
  const file = join(workDir, 'library.factdesk')
  seed(file)
  const server = await startServe(configDir, file)
  try {
    await openApp(page, server)
    await page.getByRole('combobox', { name: 'Sort articles by' }).selectOption('title')
    const list = page.getByRole('list', { name: 'Articles' })
    const rows = list.getByRole('listitem')
    const row = (i: number) => list.getByRole('button', { name: `${title(i)}, ${OUTLETS[i % OUTLETS.length]}` })
    await expect(rows.first()).toContainText(title(0))
    // A window, not the whole list; each row still tells its place in the whole list.
    expect(await rows.count()).toBeLessThan(40)
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(ARTICLES))
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1')

    // Tab stops at one row and its buttons; End goes to the last article, far out of the window.
    await expect(list.locator('.article-item[tabindex="0"]')).toHaveCount(1)
    await row(0).focus()
    await page.keyboard.press('End')
    const last = ARTICLES - 1
    await expect(row(last)).toBeFocused()
    await expect(row(last)).toBeInViewport()
    await expect(rows.last()).toHaveAttribute('aria-posinset', String(ARTICLES))
    await page.keyboard.press('ArrowUp')
    await expect(row(last - 1)).toBeFocused()
    await expect(list.locator('.article-item[tabindex="0"]')).toHaveCount(1)
    // Enter opens the focused article in the active pane.
    await page.keyboard.press('Enter')
    const pane1 = page.getByRole('region', { name: 'Reader pane 1' })
    await expect(pane1.getByRole('heading', { name: title(last - 1) })).toBeVisible()
    await row(last - 1).focus()
    await page.keyboard.press('PageUp')
    const paged = list.locator('.article-item:focus')
    await expect(paged).toHaveCount(1)
    const pagedName = (await paged.getAttribute('aria-label')) ?? ''
    const pagedAt = Number(/Report (\d+)/.exec(pagedName)?.[1])
    expect(pagedAt).toBeLessThan(last - 2)
    expect(pagedAt).toBeGreaterThan(last - 20)
    // A digit opens the focused article in that pane.
    await page.keyboard.press('2')
    const pane2 = page.getByRole('region', { name: 'Reader pane 2' })
    await expect(pane2.getByRole('heading', { name: title(pagedAt) })).toBeVisible()
    await page.keyboard.press('Home')
    await expect(row(0)).toBeFocused()

    // Scrolled by the mouse to the middle: the rows there are in the page, with their pane buttons.
    await list.evaluate((el) => {
      const scroller = el.parentElement!
      scroller.scrollTop = scroller.scrollHeight / 2
    })
    await expect(row(300)).toBeVisible()
    await page.getByRole('button', { name: `Open "${title(300)}" in pane 1` }).click()
    await expect(pane1.getByRole('heading', { name: title(300) })).toBeVisible()
    await expect(page.getByRole('button', { name: `Open "${title(300)}" in pane 1` })).toHaveClass(/active/)
    await page.getByRole('button', { name: `Details of "${title(300)}"` }).click()
    await expect(page.getByRole('dialog', { name: 'Article details' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Article details' })).toBeHidden()

    // Grouped, each outlet's rows are its own named list; End reaches the last group's last article.
    await page.getByRole('combobox', { name: 'Group articles' }).selectOption('outlet')
    const courier = list.getByRole('list', { name: 'Courier' })
    await expect(courier.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(ARTICLES / 3))
    await expect(list.getByRole('heading', { name: 'Courier' })).toBeVisible()
    await row(0).focus()
    await page.keyboard.press('End')
    await expect(row(ARTICLES - 1)).toBeFocused()
    await expect(list.getByRole('list', { name: 'Wire' }).getByRole('listitem').last()).toHaveAttribute(
      'aria-posinset',
      String(ARTICLES / 3)
    )
    // Down from the first group's first article to the second group's: it comes into view with
    // its outlet's header.
    await page.keyboard.press('Home')
    await expect(row(0)).toBeFocused()
    for (let i = 0; i < ARTICLES / 3; i++) await page.keyboard.press('ArrowDown')
    await expect(row(1)).toBeFocused()
    await expect(list.getByRole('heading', { name: 'Ledger' })).toBeInViewport()
  } finally {
    await server.stop()
  }
})

test('the pane pickers show their article at once and list every article, in list order', async ({
  page,
  workDir,
  configDir
}) => {
  test.setTimeout(120_000)
  const file = join(workDir, 'pickers.factdesk')
  seed(file)
  const server = await startServe(configDir, file)
  try {
    await openApp(page, server)
    const pane1 = page.getByRole('region', { name: 'Reader pane 1' })
    const picker = pane1.getByRole('combobox', { name: 'Article in pane 1' })
    const heading = (await pane1.getByRole('heading', { level: 2 }).first().textContent()) ?? ''
    // The chosen article reads in the picker as soon as its text shows.
    const chosen = () => picker.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '')
    expect(await chosen()).toContain(heading)

    // Every article gets its option, once, in the Library's order (the seed has no dates: by id).
    const options = picker.locator('option')
    await expect(options).toHaveCount(ARTICLES + 1)
    const labels = await options.allTextContents()
    expect(labels[0]).toBe('Choose an article…')
    expect(labels.slice(1)).toEqual(Array.from({ length: ARTICLES }, (_, i) => `${OUTLETS[i % 3]} — ${title(i)}`))
    expect(await chosen()).toContain(heading)

    // Picking far down the list shows that article; the keyboard moves on from it.
    await picker.selectOption({ label: `${OUTLETS[599 % 3]} — ${title(599)}` })
    await expect(pane1.getByRole('heading', { name: title(599) })).toBeVisible()
    await picker.focus()
    await page.keyboard.press('ArrowUp')
    await expect(pane1.getByRole('heading', { name: title(598) })).toBeVisible()
    await expect(options).toHaveCount(ARTICLES + 1)
  } finally {
    await server.stop()
  }
})

test('a dialog is modal: the focus stays in it, the page beneath takes no clicks, Escape closes it', async ({
  page,
  server
}) => {
  await openApp(page, server)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  const pane1 = page.getByRole('region', { name: 'Reader pane 1' })
  await expect(pane1.locator('.article-body')).toBeVisible()
  const phrase = await pane1
    .locator('.article-body p')
    .first()
    .evaluate((p) => /\w+ \w+ \w+/.exec(p.textContent ?? '')![0])
  const claimMarks = await pane1.locator('[data-kind="claim"]').count()
  await selectPhrase(page, 'Reader pane 1', phrase)
  await page.keyboard.press('c')
  const dialog = page.getByRole('dialog', { name: 'Tag as claim' })
  await expect(dialog).toHaveAttribute('aria-modal', 'true')
  await expect(dialog.getByLabel('New claim text')).toBeFocused()

  // Tab and Shift+Tab cycle inside the dialog.
  const inside = () => dialog.evaluate((d) => d.contains(document.activeElement))
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    expect(await inside()).toBe(true)
  }
  await dialog.getByRole('button', { name: 'Close' }).focus()
  await page.keyboard.press('Shift+Tab')
  expect(await inside()).toBe(true)
  await expect(dialog.getByRole('button', { name: 'Tag as claim' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()

  // Focus moved out by a script comes back; a click on the page beneath does nothing.
  await page.getByRole('button', { name: 'Add pane' }).evaluate((b) => (b as HTMLElement).focus())
  expect(await inside()).toBe(true)
  const addPane = await page.getByRole('button', { name: 'Add pane' }).boundingBox()
  await page.mouse.click(addPane!.x + addPane!.width / 2, addPane!.y + addPane!.height / 2)
  await expect(page.getByRole('region', { name: 'Reader pane 3' })).toHaveCount(0)
  await expect(dialog).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(pane1.locator('[data-kind="claim"]')).toHaveCount(claimMarks)
  await expect(pane1.locator('.article-body')).toContainText(phrase)
  // Closed, the page takes clicks again.
  await page.getByRole('button', { name: 'Add pane' }).click()
  await expect(page.getByRole('region', { name: 'Reader pane 3' })).toBeVisible()
})
