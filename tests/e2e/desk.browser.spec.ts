import type { Locator, Page } from '@playwright/test'
import { closeProject, COURIER, expect, openApp, selectPhrase, showSideTab, tagByKeyboard, test } from './fixtures'

/** Opens the sample with `count` panes, each holding an article (the sample has three; a fourth repeats one). */
async function sampleWithPanes(page: Page, count: number): Promise<Locator[]> {
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await expect(page.getByRole('region', { name: 'Reader pane 1' }).locator('.reader-title')).toBeVisible()
  for (let i = 2; i < count; i++) await page.getByRole('button', { name: 'Add pane' }).click()
  const panes: Locator[] = []
  for (let i = 0; i < count; i++) {
    const pane = page.getByRole('region', { name: `Reader pane ${i + 1}` })
    const picker = pane.getByRole('combobox', { name: `Article in pane ${i + 1}` })
    await picker.focus()
    const values = await picker
      .locator('option')
      .evaluateAll((os) => (os as HTMLOptionElement[]).map((o) => o.value).filter(Boolean))
    await picker.selectOption(values[i % values.length])
    await expect(pane.locator('.reader-title')).toBeVisible()
    panes.push(pane)
  }
  return panes
}

/** The element's box lies inside the viewport and its content is not cut off sideways. */
async function fitsViewport(el: Locator, page: Page) {
  const box = (await el.boundingBox())!
  const vp = page.viewportSize()!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width + 0.5)
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height + 0.5)
}

const SCREENS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 }
]

for (const screen of SCREENS) {
  for (const count of [2, 3, 4]) {
    test(`${screen.width}×${screen.height}, ${count} panes: titles shown, top bar whole, toolbar inside the window`, async ({
      page,
      server
    }) => {
      await page.setViewportSize(screen)
      await openApp(page, server)
      const panes = await sampleWithPanes(page, count)

      for (const pane of panes) {
        const title = pane.locator('.pane-title-text')
        await expect(title).not.toBeEmpty()
        // Readable, not squeezed to an arrow: at least a few words' width, and the outlet too.
        expect((await title.boundingBox())!.width).toBeGreaterThan(90)
        await expect(pane.locator('.pane-title-outlet')).not.toBeEmpty()
        // The header is one row: nothing in it wraps below the title.
        const header = (await pane.locator('.pane-header').boundingBox())!
        expect(header.height).toBeLessThan(56)
        await fitsViewport(pane.locator('.pane-header'), page)
      }

      const bar = page.locator('.topbar')
      expect(await bar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
      for (const control of await bar.locator('button').all()) {
        await fitsViewport(control, page)
        const overflows = await control.evaluate((el) => el.scrollWidth > el.clientWidth + 1)
        expect(overflows, (await control.getAttribute('aria-label')) ?? '').toBe(false)
      }
      await expect(page.locator('.topbar h1')).toBeVisible()

      // A selection at the right edge of the last pane: the toolbar stays wholly in the window.
      const last = `Reader pane ${count}`
      const lastPane = panes[count - 1]
      const phrase = await lastPane
        .locator('.article-body p')
        .first()
        .evaluate((p) => /\w+ \w+\W*$/.exec(p.textContent!.split('\n')[0])![0].replace(/\W+$/, ''))
      await selectPhrase(page, last, phrase)
      const toolbar = page.getByRole('toolbar', { name: 'Tag selection' })
      await expect(toolbar).toBeVisible()
      await expect(toolbar.getByRole('button', { name: /Evidence/ })).toBeVisible()
      await fitsViewport(toolbar, page)
    })
  }
}

test('a first drag that starts inside a suggestion selects text, and the text does not move', async ({
  page,
  server
}) => {
  await openApp(page, server)
  const [pane1] = await sampleWithPanes(page, 3)
  await pane1.getByRole('button', { name: 'Show suggestions' }).click()
  const suggestion = pane1.locator('[data-suggestion][role="button"]').first()
  await expect(suggestion).toBeVisible()
  const text = (await suggestion.textContent())!
  const words = text.split(/\s+/).filter((w) => /^\w+$/.test(w))
  const phrase = words.slice(0, 3).join(' ')
  expect(text).toContain(phrase)
  const before = (await suggestion.boundingBox())!
  await selectPhrase(page, 'Reader pane 1', phrase)
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible()
  expect(await page.evaluate(() => window.getSelection()!.toString())).toBe(phrase)
  const after = (await suggestion.boundingBox())!
  expect(Math.abs(after.y - before.y)).toBeLessThan(1)
})

test('the inspector holds one item, and says which, when the editor switches between passage and claim', async ({
  page,
  server
}) => {
  await openApp(page, server)
  await sampleWithPanes(page, 2)
  const pane = `Reader pane 1`
  await tagByKeyboard(page, pane, 'Harbour Bridge would shut for half a year', 'claim')
  await tagByKeyboard(page, pane, 'severe corrosion in its main cables', 'evidence')
  const inspector = page.getByRole('region', { name: 'Inspector' })
  const claims = page.getByRole('region', { name: 'Claims' })

  await page.getByRole('region', { name: pane }).locator('[data-kind="evidence"]').first().click()
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(/^Evidence passage in /)
  await expect(inspector.getByRole('group', { name: 'Selected passage' })).toHaveCount(1)
  await expect(inspector.getByLabel('Verification status')).toHaveCount(0)

  await claims.getByRole('button', { name: /Harbour Bridge would shut/ }).click()
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('Claim')
  await expect(inspector.getByLabel('Verification status')).toHaveCount(1)
  await expect(inspector.getByRole('group', { name: 'Selected passage' })).toHaveCount(0)

  // History reads as sentences, without ids or JSON.
  await showSideTab(page, 'History')
  const history = page.getByRole('region', { name: 'History' })
  await expect(history.getByText(/tagged a claim passage in Radio Marlow News/)).toBeVisible()
  await expect(history).not.toContainText('{')
  await expect(history).not.toContainText('passage 1:')
})

test('a message shows above an open dialog and can be dismissed', async ({ page, server }) => {
  await openApp(page, server)
  await sampleWithPanes(page, 2)
  const paste = async () => {
    await page.getByRole('button', { name: 'Paste article', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Paste article' })
    await dialog.getByLabel('Title').fill('Ferry timetable')
    await dialog.getByLabel('Article text').fill('Ferries will run every ten minutes during the closure.')
    await dialog.getByRole('button', { name: 'Add article' }).click()
    return dialog
  }
  await expect(await paste()).toBeHidden()
  // The same text again is refused; the message must show over the dialog, which stays open.
  const dialog = await paste()
  const alert = page.getByRole('alert').filter({ hasText: /already in this project/ })
  await expect(alert).toBeVisible()
  await expect(dialog).toBeVisible()
  // On top: the point at the message's centre belongs to the message, not to the dialog's backdrop.
  const box = (await alert.boundingBox())!
  const onTop = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('[role="alert"]'), {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2
  })
  expect(onTop).toBe(true)
  await alert.getByRole('button', { name: 'Dismiss message' }).click()
  await expect(alert).toBeHidden()
})

test('the desk comes back as it was left: panes, their articles, widths and scroll', async ({ page, server }) => {
  await openApp(page, server)
  const panes = await sampleWithPanes(page, 3)
  const titles = await Promise.all(panes.map((p) => p.locator('.pane-title-text').textContent()))
  const scroller = panes[1].locator('.pane-scroll')
  await scroller.evaluate((el) => (el.scrollTop = 300))
  // The layout is saved a moment after its last change: wait for the save that holds all of them.
  const saved = page.waitForRequest(
    (r) => r.url().endsWith('/api/layout.save') && r.postData()!.includes('"sideTab":"history"')
  )
  await showSideTab(page, 'History')
  const request = await saved
  await request.response()
  // What was saved is where the pane is now (scroll anchoring may have moved it as paragraphs laid out).
  const savedTop = (JSON.parse(request.postData()!) as { panes: { scroll: number }[] }).panes[1].scroll
  expect(savedTop).toBe(Math.round(await scroller.evaluate((el) => el.scrollTop)))
  expect(savedTop).toBeGreaterThan(50)
  await closeProject(page)
  await page.getByRole('list', { name: 'Recent projects' }).getByRole('button').first().click()
  for (let i = 0; i < 3; i++) {
    await expect(page.getByRole('region', { name: `Reader pane ${i + 1}` }).locator('.pane-title-text')).toHaveText(
      titles[i]!
    )
  }
  await expect(page.getByRole('region', { name: 'Reader pane 4' })).toHaveCount(0)
  await expect(page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true')
  await expect.poll(() => scroller.evaluate((el) => Math.round(el.scrollTop))).toBe(savedTop)
  expect(COURIER).toContain('Marlow Courier')
})
