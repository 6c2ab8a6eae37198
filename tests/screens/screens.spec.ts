import type { Page } from '@playwright/test'
import { join } from 'node:path'
import { expect, openApp, selectPhrase, showSideTab, tagByKeyboard, test } from '../e2e/fixtures'

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots')
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`) })

async function pick(page: Page, n: number, outlet: RegExp) {
  const picker = page.getByRole('combobox', { name: `Article in pane ${n}` })
  await picker.focus()
  const value = await picker
    .locator('option')
    .evaluateAll(
      (os, src) => (os as HTMLOptionElement[]).find((o) => new RegExp(src).test(o.text))?.value,
      outlet.source
    )
  await picker.selectOption(value!)
  await expect(page.getByRole('region', { name: `Reader pane ${n}` }).locator('.reader-title')).toBeVisible()
}

test('the main screens', async ({ page, server }) => {
  await openApp(page, server)
  await shot(page, 'start')

  await page.getByRole('button', { name: 'Open sample project' }).click()
  await page.getByRole('button', { name: 'Add pane' }).click()
  await pick(page, 1, /Radio Marlow/)
  await pick(page, 2, /Marlow Courier/)
  await pick(page, 3, /Eastshore/)
  await tagByKeyboard(page, 'Reader pane 2', 'The bridge will close for six months starting in April', 'claim')
  await tagByKeyboard(page, 'Reader pane 1', 'Harbour Crossings Ltd says there is no serious corrosion', 'denial')
  await tagByKeyboard(page, 'Reader pane 3', 'after inspectors found serious corrosion in the main cables', 'evidence')
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Verification status').selectOption('mixed')
  await page.getByRole('region', { name: 'Reader pane 2' }).locator('[data-kind="claim"]').first().click()
  await shot(page, 'desk-three-panes')

  await selectPhrase(page, 'Reader pane 3', 'Commuters face half a year of detours')
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible()
  await shot(page, 'selection-toolbar')
  await page.keyboard.press('Escape')

  await page.getByRole('region', { name: 'Reader pane 1' }).getByRole('button', { name: 'Show suggestions' }).click()
  await expect(page.locator('[data-suggestion]').first()).toBeVisible()
  await showSideTab(page, 'Similar')
  await shot(page, 'suggestions-and-similar')

  await showSideTab(page, 'History')
  await page.getByRole('region', { name: 'Claims' }).getByRole('button').filter({ hasText: 'six months' }).click()
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toBeVisible()
  await shot(page, 'history')
  await showSideTab(page, 'Inspector')

  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByRole('button', { name: 'Add pane' }).click()
  await pick(page, 4, /Marlow Courier/)
  await shot(page, 'desk-four-panes-1280')

  await page.setViewportSize({ width: 1440, height: 900 })
  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: /Export/ })
  await expect(dialog).toBeVisible()
  await expect(dialog.frameLocator('iframe[title="Report preview"]').locator('h1')).toBeVisible()
  await shot(page, 'export-report')
})
