import { join } from 'node:path'
import {
  expect,
  openApp,
  openSampleCourier,
  selectPhrase,
  startServe,
  tagByKeyboard,
  test,
  closeProject
} from './fixtures'

const BODY = [
  'The Riverside council voted on Tuesday to close the old ferry pier for good.',
  '"The pier is no longer safe for passengers," said Mayor Lena Ortiz after the vote.',
  'The ferry company said it had not been told of any safety problem.'
].join('\n\n')

test('create a project, paste an article, tag a claim, and find it again after reopening', async ({
  page,
  server,
  workDir,
  configDir
}) => {
  const file = join(workDir, 'pier.factdesk')
  await openApp(page, server)

  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open sample project' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Recent projects' })).toBeVisible()

  await page.getByRole('button', { name: 'New project' }).click()
  await page.getByLabel('Project file').fill(file)
  await page.getByLabel('Project title').fill('Riverside pier')
  await page.getByRole('button', { name: 'Create project' }).click()
  await expect(page.getByRole('heading', { name: 'Riverside pier' })).toBeVisible()
  await expect(page).toHaveTitle('Riverside pier — Factdesk')

  await page.getByRole('button', { name: 'Paste article', exact: true }).click()
  await page.getByLabel('Title', { exact: true }).fill('Council closes the ferry pier')
  await page.getByLabel('Outlet').fill('Riverside Herald')
  await page.getByLabel('Article text').fill(BODY)
  await page.getByRole('button', { name: 'Add article' }).click()

  const pane1 = page.getByRole('region', { name: 'Reader pane 1' })
  await expect(pane1.getByRole('combobox', { name: 'Article in pane 1' })).toHaveValue(/\d+/)
  await expect(pane1.getByText('said Mayor Lena Ortiz', { exact: false })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Articles' }).getByText('Council closes the ferry pier')).toBeVisible()

  // Start and end inside words: the selection snaps to whole words.
  await selectPhrase(page, 'Reader pane 1', 'e pier is no longer safe for passen')
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' })
  await expect(toolbar).toBeVisible()
  await toolbar.getByRole('button', { name: /Claim/ }).click()

  const dialog = page.getByRole('dialog', { name: 'Tag as claim' })
  await expect(dialog.getByLabel('New claim text')).toHaveValue('The pier is no longer safe for passengers')
  await dialog.getByRole('button', { name: 'Tag as claim' }).click()
  await expect(dialog).toBeHidden()

  const highlight = pane1.locator('[data-passage-id][data-kind="claim"]')
  await expect(highlight).toHaveCount(1)
  await expect(highlight).toHaveText('The pier is no longer safe for passengers')
  await expect(highlight).toHaveAccessibleName(/Claim: claim “The pier is no longer safe for passengers”, Unverified/)
  await expect(
    page.getByRole('region', { name: 'Claims' }).getByText('The pier is no longer safe for passengers')
  ).toBeVisible()

  // Close and reopen through the recent list.
  await closeProject(page)
  const recent = page.getByRole('list', { name: 'Recent projects' })
  await expect(recent.getByText('Riverside pier')).toBeVisible()
  await recent.getByRole('button', { name: /Riverside pier/ }).click()
  await expect(pane1.locator('[data-passage-id][data-kind="claim"]')).toHaveText(
    'The pier is no longer safe for passengers'
  )

  // And across a restart of the whole server process: the edit is in the file.
  await server.stop()
  const again = await startServe(configDir, file)
  try {
    await openApp(page, again)
    await expect(page.getByRole('region', { name: 'Reader pane 1' }).locator('[data-kind="claim"]')).toHaveText(
      'The pier is no longer safe for passengers'
    )
  } finally {
    await again.stop()
  }
})

test('the sample project opens with three articles side by side', async ({ page, server }) => {
  await openApp(page, server)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  const list = page.getByRole('list', { name: 'Articles' })
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await expect(page.getByRole('combobox', { name: 'Article in pane 1' })).not.toHaveValue('')
  await expect(page.getByRole('combobox', { name: 'Article in pane 2' })).not.toHaveValue('')
  await page.getByRole('button', { name: 'Add pane' }).click()
  await expect(page.getByRole('region', { name: 'Reader pane 3' })).toBeVisible()
})

test('keyboard tagging: a denial linked to an existing claim, then a status with rationale', async ({
  page,
  server
}) => {
  const pane1 = await openSampleCourier(page, server)

  await tagByKeyboard(page, 'Reader pane 1', 'inspectors found serious corrosion in the main cables', 'claim')

  await selectPhrase(page, 'Reader pane 1', 'There is no serious corrosion in the main cables')
  await page.keyboard.press('d')
  const denial = page.getByRole('dialog', { name: 'Tag as denial' })
  await expect(denial.getByRole('radio', { name: /inspectors found serious corrosion/ })).toBeChecked()
  await denial.getByRole('button', { name: 'Tag as denial' }).click()

  await expect(pane1.locator('[data-kind="denial"]')).toHaveCount(1)
  const claims = page.getByRole('region', { name: 'Claims' })
  await expect(claims.getByText('1 stated · 1 denied · 0 evidence')).toBeVisible()

  await page.getByRole('combobox', { name: 'Verification status' }).selectOption({ label: 'Misleading' })
  await page
    .getByRole('textbox', { name: 'Rationale' })
    .fill('The 2025 inspection rated the cables "fair"; <b>not</b> serious.')
  await page.getByRole('textbox', { name: 'Claimant' }).click()
  await page.getByRole('textbox', { name: 'Claimant' }).fill('Dana Okafor')
  await page.getByRole('combobox', { name: 'Verification status' }).focus()
  await expect(claims.locator('.status-chip', { hasText: 'Misleading' })).toBeVisible()
  await expect(claims.getByText('Dana Okafor')).toBeVisible()

  await page.reload()
  await expect(page.getByTestId('app-ready')).toBeAttached()
  await claims.getByRole('button', { name: /inspectors found serious corrosion/ }).click()
  await expect(page.getByRole('combobox', { name: 'Verification status' })).toHaveValue('misleading')
  await expect(page.getByRole('textbox', { name: 'Rationale' })).toHaveValue(
    'The 2025 inspection rated the cables "fair"; <b>not</b> serious.'
  )
  await expect(page.getByRole('textbox', { name: 'Claimant' })).toHaveValue('Dana Okafor')
})

test('after claim, denial and evidence are tagged by keyboard, a clicked highlight shows one passage editor', async ({
  page,
  server
}) => {
  const pane1 = await openSampleCourier(page, server)

  await tagByKeyboard(page, 'Reader pane 1', 'inspectors found serious corrosion in the main cables', 'claim')
  await expect(pane1.locator('[data-kind="claim"]')).toHaveCount(1)

  await tagByKeyboard(page, 'Reader pane 1', 'There is no serious corrosion in the main cables', 'denial')
  await expect(pane1.locator('[data-kind="denial"]')).toHaveCount(1)

  await tagByKeyboard(page, 'Reader pane 1', 'surface corrosion found on 4 of the 36 cable bands', 'evidence')
  await expect(pane1.locator('[data-kind="evidence"]')).toHaveCount(1)

  await page.getByRole('combobox', { name: 'Verification status' }).selectOption({ label: 'Misleading' })
  await page.getByRole('textbox', { name: 'Claimant' }).fill('Dana Okafor')
  await page.getByRole('textbox', { name: 'Rationale' }).fill('The cables were rated "fair", not seriously corroded.')
  await page.getByRole('combobox', { name: 'Verification status' }).focus()

  const inspector = page.getByRole('region', { name: 'Inspector' })
  for (const kind of ['claim', 'denial', 'evidence', 'claim']) {
    await pane1.locator(`[data-kind="${kind}"]`).first().click()
    await expect(inspector.getByRole('group', { name: 'Selected passage' })).toHaveCount(1)
    await expect(inspector.getByRole('group', { name: 'Selected passage' })).toContainText(new RegExp(kind, 'i'))
  }
  // One item at a time: the passage's claim is not edited beside it, but one click away.
  await expect(inspector.getByRole('textbox', { name: 'Claimant' })).toHaveCount(0)
  await inspector.getByRole('button', { name: /inspectors found serious corrosion/ }).click()
  await expect(inspector.getByRole('group', { name: 'Selected passage' })).toHaveCount(0)
  await expect(inspector.getByRole('textbox', { name: 'Claimant' })).toHaveValue('Dana Okafor')
  await page.screenshot({ path: join(test.info().outputDir, 'inspector-one-editor.png') })
})
