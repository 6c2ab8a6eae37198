import type { Page } from '@playwright/test'
import { COURIER, expect, openApp, selectPhrase, showSideTab, test } from './fixtures'

const EASTSHORE = 'Eastshore Daily — Okafor: Harbour Bridge shuts in April over cable corrosion'
const RADIO = 'Radio Marlow News — Bridge closure: what we know so far'
const CLAIM = 'inspectors found serious corrosion in the main cables'

async function openSample(page: Page) {
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(3)
}

async function show(page: Page, n: number, label: string) {
  const pane = page.getByRole('region', { name: `Reader pane ${n}` })
  await pane.getByRole('combobox', { name: `Article in pane ${n}` }).selectOption({ label })
  await expect(pane.locator('.article-body')).toBeVisible()
  return pane
}

test('the seed workflow: one claim stated in two panes, a denial, evidence, a status; undo, redo, reload', async ({
  page,
  server
}) => {
  await openApp(page, server)
  await openSample(page)
  const pane1 = await show(page, 1, COURIER)
  const pane2 = await show(page, 2, EASTSHORE)
  const claims = page.getByRole('region', { name: 'Claims' })

  await selectPhrase(page, 'Reader pane 1', CLAIM)
  await page.keyboard.press('c')
  const tagClaim = page.getByRole('dialog', { name: 'Tag as claim' })
  await tagClaim.getByLabel('New claim text').fill('Inspectors found serious corrosion in the main cables')
  await tagClaim.getByRole('button', { name: 'Tag as claim' }).click()
  await expect(pane1.locator('[data-kind="claim"]')).toHaveCount(1)

  // The same statement in the second pane, linked to the existing claim through the picker.
  await selectPhrase(page, 'Reader pane 2', CLAIM)
  await page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('button', { name: /Claim/ }).click()
  const link = page.getByRole('dialog', { name: 'Tag as claim' })
  await link.getByRole('radio', { name: /Link to an existing claim/ }).check()
  await link.getByRole('searchbox', { name: 'Find a claim' }).fill('corrosion')
  await link.getByRole('radio', { name: /Inspectors found serious corrosion/ }).check()
  await link.getByRole('button', { name: 'Tag as claim' }).click()
  await expect(pane2.locator('[data-kind="claim"]')).toHaveCount(1)
  await expect(claims.getByText('2 stated · 0 denied · 0 evidence')).toBeVisible()

  await selectPhrase(page, 'Reader pane 2', 'denied that the cables were seriously corroded')
  await page.keyboard.press('d')
  const denial = page.getByRole('dialog', { name: 'Tag as denial' })
  await expect(denial.getByRole('radio', { name: /Inspectors found serious corrosion/ })).toBeChecked()
  await denial.getByRole('button', { name: 'Tag as denial' }).click()

  await page.getByRole('button', { name: 'Add pane' }).click()
  await show(page, 3, RADIO)
  await selectPhrase(page, 'Reader pane 3', 'rates the main cables as "fair"')
  await page.keyboard.press('e')
  const evidence = page.getByRole('dialog', { name: 'Tag as evidence' })
  await evidence.getByLabel('Stance').selectOption('refutes')
  await evidence.getByRole('button', { name: 'Tag as evidence' }).click()
  await expect(claims.getByText('2 stated · 1 denied · 1 evidence')).toBeVisible()

  const evidenceMark = page.getByRole('region', { name: 'Reader pane 3' }).locator('[data-kind="evidence"]')
  await expect(evidenceMark).toHaveAccessibleName(
    'Evidence: claim “Inspectors found serious corrosion in the main cables”, Unverified'
  )

  await page.getByRole('combobox', { name: 'Verification status' }).selectOption({ label: 'Misleading' })
  await page.getByRole('textbox', { name: 'Rationale' }).fill('The 2025 report rates the cables "fair".')
  await page.getByRole('button', { name: 'Add pane' }).focus()
  await expect(page.getByRole('button', { name: 'Undo Edit claim' })).toBeVisible()
  await expect(evidenceMark).toHaveAccessibleName(/Misleading/)

  // Undo and redo from the keyboard, outside any text field.
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('textbox', { name: 'Rationale' })).toHaveValue('')
  await expect(page.getByRole('button', { name: 'Redo Edit claim' })).toBeVisible()
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByRole('textbox', { name: 'Rationale' })).toHaveValue('The 2025 report rates the cables "fair".')
  // The toolbar button undoes the status change too, and Ctrl+Y redoes it.
  await page.keyboard.press('Control+z')
  await page.getByRole('button', { name: 'Undo Change status' }).click()
  await expect(page.getByRole('combobox', { name: 'Verification status' })).toHaveValue('unverified')
  await page.getByRole('button', { name: 'Add pane' }).focus()
  await page.keyboard.press('Control+y')
  await page.keyboard.press('Control+y')
  await expect(page.getByRole('combobox', { name: 'Verification status' })).toHaveValue('misleading')
  await expect(page.getByRole('textbox', { name: 'Rationale' })).toHaveValue('The 2025 report rates the cables "fair".')

  await page.reload()
  await expect(page.getByTestId('app-ready')).toBeAttached()
  await expect(claims.getByText('2 stated · 1 denied · 1 evidence')).toBeVisible()
  await claims.getByRole('button', { name: /Inspectors found serious corrosion/ }).click()
  await expect(page.getByRole('combobox', { name: 'Verification status' })).toHaveValue('misleading')
  await expect(page.getByRole('textbox', { name: 'Rationale' })).toHaveValue('The 2025 report rates the cables "fair".')

  // The claim's passage list opens an article that is in no pane.
  const passages = page.getByRole('list', { name: 'Passages of the selected claim' })
  await expect(passages.getByRole('listitem')).toHaveCount(4)
  await passages.getByRole('button', { name: /evidence \(refutes\) in Radio Marlow News/ }).click()
  await expect(page.locator('[data-kind="evidence"]')).toHaveCount(1)
  await expect(page.locator('[data-kind="evidence"]')).toBeInViewport()
  // Its history, as sentences: the claim back in the inspector, then the History tab.
  await page
    .getByRole('region', { name: 'Claims' })
    .getByRole('button', { name: /Inspectors found serious corrosion/ })
    .click()
  await showSideTab(page, 'History')
  const history = page.getByRole('region', { name: 'History' })
  await expect(history.getByText(/ to Misleading \(was Unverified\)$/).first()).toBeVisible()
})

test('keyboard only: select a highlight, change the status, undo it, and open the key sheet', async ({
  page,
  server
}) => {
  await openApp(page, server)
  await openSample(page)
  const pane1 = await show(page, 1, COURIER)
  await show(page, 2, RADIO)
  await selectPhrase(page, 'Reader pane 1', CLAIM)
  await page.keyboard.press('c')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Tag as claim' })).toBeHidden()

  // From here on, only keys.
  await page.getByRole('button', { name: 'Add pane' }).focus()
  const highlight = pane1.getByRole('button', { name: /^Claim: claim “inspectors found serious corrosion/ })
  for (let i = 0; i < 40 && !(await highlight.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(highlight).toBeFocused()
  await page.keyboard.press('Enter')
  // The inspector shows the passage; its claim is one key away.
  const toClaim = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('button', { name: /inspectors found serious corrosion/i })
  for (let i = 0; i < 60 && !(await toClaim.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await page.keyboard.press('Enter')
  const status = page.getByRole('combobox', { name: 'Verification status' })
  for (let i = 0; i < 60 && !(await status.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(status).toBeFocused()
  await page.keyboard.press('End')
  await expect(status).toHaveValue('unproven')
  await expect(highlight).toHaveAccessibleName(/Unproven/)
  await page.keyboard.press('Control+z')
  await expect(status).toHaveValue('unverified')

  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet.getByText('Undo the last edit (outside text fields)')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
})

test('editing an article text re-anchors passages; an orphan is re-attached by selecting text', async ({
  page,
  server
}) => {
  await openApp(page, server)
  await openSample(page)
  const pane1 = await show(page, 1, RADIO)
  await selectPhrase(page, 'Reader pane 1', 'The operator disputes this.')
  await page.keyboard.press('d')
  await page.getByRole('dialog', { name: 'Tag as denial' }).getByRole('button', { name: 'Tag as denial' }).click()
  await selectPhrase(page, 'Reader pane 1', 'Ferries will run every ten minutes')
  await page.keyboard.press('e')
  await page.getByRole('dialog', { name: 'Tag as evidence' }).getByRole('button', { name: 'Tag as evidence' }).click()
  await expect(pane1.locator('[data-passage-id]')).toHaveCount(2)

  await pane1.getByRole('button', { name: 'Pane 1 options' }).click()
  await page.getByRole('menuitem', { name: 'Edit text of the article in pane 1' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit article text' })
  const text = dialog.getByLabel('Article text')
  const body = await text.inputValue()
  await text.fill(
    'Editor’s note: updated Tuesday.\n\n' +
      body.replace('The operator disputes this. ', '').replace('every ten', 'every 10')
  )
  await dialog.getByRole('button', { name: 'Save text' }).click()

  await expect(pane1.locator('[data-kind="evidence"]')).toHaveText('Ferries will run every 10 minutes')
  const orphans = pane1.getByRole('list', { name: 'Orphaned passages' })
  await expect(orphans.getByText(/The operator disputes this/)).toBeVisible()
  await selectPhrase(page, 'Reader pane 1', 'Harbour Crossings Ltd says')
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click()
  await expect(pane1.locator('[data-kind="denial"]')).toHaveText('Harbour Crossings Ltd says')
  await expect(orphans).toBeHidden()
})

test('a tag the service refuses takes its highlight back and reopens the dialog with what was typed', async ({
  page,
  server
}) => {
  await openApp(page, server)
  await openSample(page)
  const pane1 = await show(page, 1, COURIER)
  const articleId = Number(await pane1.getByRole('combobox', { name: 'Article in pane 1' }).inputValue())
  const before = await pane1.locator('mark.hl-claim').count()
  await selectPhrase(page, 'Reader pane 1', CLAIM)
  await page.keyboard.press('c')
  const dialog = page.getByRole('dialog', { name: 'Tag as claim' })
  await dialog.getByLabel('New claim text').fill('Cables were corroded, the inspectors said')

  // Another window deletes the article meanwhile: the service answers the tag with "not found".
  const url = new URL(server.url)
  const deleted = await page.request.post(`${url.origin}/api/library.deleteArticle`, {
    headers: { 'x-factdesk-token': url.searchParams.get('token')!, origin: url.origin },
    data: { id: articleId }
  })
  expect((await deleted.json()).ok).toBe(true)

  await dialog.getByRole('button', { name: 'Tag as claim' }).click()
  await expect(page.getByRole('alert').filter({ hasText: /does not exist/ })).toBeVisible()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('New claim text')).toHaveValue('Cables were corroded, the inspectors said')
  await expect(pane1.locator('mark.hl-claim')).toHaveCount(before)
  await expect(pane1.locator('[data-draft-passage]')).toHaveCount(0)
})

test("a tag's highlight shows before the service answers, and the answer gives it its id and controls", async ({
  page,
  server
}) => {
  await openApp(page, server)
  await openSample(page)
  const pane1 = await show(page, 1, COURIER)
  // The answer is held back until the test lets it go.
  let release = () => {}
  const held = new Promise<void>((r) => (release = r))
  await page.route('**/api/passages.tag', async (route) => {
    await held
    await route.continue()
  })
  await selectPhrase(page, 'Reader pane 1', CLAIM)
  await page.keyboard.press('c')
  const dialog = page.getByRole('dialog', { name: 'Tag as claim' })
  await dialog.getByRole('button', { name: 'Tag as claim' }).click()

  const draft = pane1.locator('[data-draft-passage]')
  await expect(dialog).toBeHidden()
  await expect(draft).toContainText('corrosion')
  await expect(draft).not.toHaveAttribute('role', 'button')
  await expect(pane1.locator(`[data-passage-id][data-kind="claim"]`, { hasText: 'corrosion' })).toHaveCount(0)

  release()
  await expect(draft).toHaveCount(0)
  const highlight = pane1.getByRole('button', { name: /^Claim: claim “inspectors found serious corrosion/i })
  await expect(highlight).toHaveAttribute('data-passage-id', /^\d+$/)
  await expect(page.getByRole('region', { name: 'Claims' }).getByText(CLAIM, { exact: false })).toBeVisible()
})
