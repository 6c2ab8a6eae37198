import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, openApp, openSampleCourier, tagByKeyboard, test, closeProject } from './fixtures'

test('export the report from its preview as an HTML download', async ({ page, server, workDir }) => {
  const pane1 = await openSampleCourier(page, server)
  await tagByKeyboard(page, 'Reader pane 1', 'inspectors found serious corrosion in the main cables', 'claim')
  await expect(pane1.locator('[data-kind="claim"]')).toHaveCount(1)
  await page.getByRole('combobox', { name: 'Verification status' }).selectOption({ label: 'Mostly false' })
  await page
    .getByRole('textbox', { name: 'Rationale' })
    .fill('The survey said <script>alert(1)</script> "fair" & sound.')
  await page.getByRole('textbox', { name: 'Claimant' }).click()
  await expect(
    page.getByRole('region', { name: 'Claims' }).locator('.status-chip', { hasText: 'Mostly false' })
  ).toBeVisible()

  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  const preview = dialog.frameLocator('iframe[title="Report preview"]')
  await expect(preview.getByRole('heading', { name: 'Sample: the Harbour Bridge closure' })).toBeVisible()
  await expect(preview.getByRole('heading', { name: /inspectors found serious corrosion/ })).toBeVisible()
  await expect(preview.getByText('The survey said <script>alert(1)</script> "fair" & sound.')).toBeVisible()
  await expect(dialog.locator('iframe[title="Report preview"]')).toHaveAttribute('sandbox', '')
  await page.screenshot({ path: join(test.info().outputDir, 'export-dialog.png') })

  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('html')
  const downloadPromise = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('sample-the-harbour-bridge-closure.html')
  const saved = join(workDir, 'report.html')
  await download.saveAs(saved)
  const html = readFileSync(saved, 'utf8')
  expect(html).toContain('<h1>Sample: the Harbour Bridge closure</h1>')
  expect(html).toContain('Mostly false')
  expect(html).toContain('inspectors found serious corrosion in the main cables')
  expect(html).toContain('The survey said &lt;script&gt;alert(1)&lt;/script&gt; &quot;fair&quot; &amp; sound.')
  expect(html).not.toMatch(/<script/i)
  await expect(dialog).toBeHidden()

  // ClaimReview: a claim without a verdict is flagged before export.
  await page.getByRole('button', { name: 'Export report' }).click()
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('claimreview')
  await expect(dialog.getByText(/no verdict/)).toHaveCount(0)
})

test('Import project data rebuilds a project from a JSON export (browser mode)', async ({ page, server, workDir }) => {
  await openApp(page, server)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(3)
  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('json')
  const downloadPromise = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const dump = join(workDir, 'sample.json')
  await (await downloadPromise).saveAs(dump)
  await closeProject(page)

  await page.getByRole('button', { name: 'Import project data' }).click()
  const importDialog = page.getByRole('dialog', { name: 'Import project data' })
  await importDialog.getByLabel('Export file (JSON)').setInputFiles(dump)
  await importDialog.getByLabel('New project file').fill(join(workDir, 'rebuilt.factdesk'))
  await importDialog.getByRole('button', { name: 'Import' }).click()
  await expect(importDialog).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Sample: the Harbour Bridge closure' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(3)
})
