import type { Page } from '@playwright/test'
import { COURIER, expect, openApp, selectPhrase, test } from './fixtures'

const RADIO = 'Radio Marlow News — Bridge closure: what we know so far'

async function openSampleSideBySide(page: Page) {
  await page.getByRole('button', { name: 'Open sample project' }).click()
  const pane1 = page.getByRole('region', { name: 'Reader pane 1' })
  const pane2 = page.getByRole('region', { name: 'Reader pane 2' })
  await pane1.getByRole('combobox', { name: 'Article in pane 1' }).selectOption({ label: COURIER })
  await expect(pane1.getByRole('heading', { name: /Harbour Bridge to close/ })).toBeVisible()
  await pane2.getByRole('combobox', { name: 'Article in pane 2' }).selectOption({ label: RADIO })
  await expect(pane2.getByRole('heading', { name: /Bridge closure: what we know so far/ })).toBeVisible()
  return { pane1, pane2 }
}

test('a selection or passage in one pane marks its restatement in the other', async ({ page, server }) => {
  await openApp(page, server)
  const { pane1, pane2 } = await openSampleSideBySide(page)

  // A plain selection is matched before anything is tagged.
  await selectPhrase(page, 'Reader pane 1', 'inspectors found serious corrosion in the main cables')
  const mark = pane2.locator('[data-match]')
  await expect(mark.first()).toBeVisible()
  await expect(mark.filter({ hasText: 'severe corrosion' }).first()).toBeVisible()
  await expect(mark.first()).toHaveAttribute('aria-description', /Matches the active selection, score \d+%/)
  // The source pane marks nothing of its own.
  await expect(pane1.locator('[data-match]')).toHaveCount(0)

  await page.keyboard.press('c')
  await page.getByRole('dialog', { name: 'Tag as claim' }).getByRole('button', { name: 'Tag as claim' }).click()
  await page.mouse.click(5, 5)

  // The tagged passage, once active, marks the same span.
  await pane1.getByRole('button', { name: /^Claim: claim “inspectors found/ }).click()
  await expect(pane2.locator('[data-match]').filter({ hasText: 'severe corrosion' }).first()).toBeVisible()
  await expect(pane2.locator('[data-match]').first()).toHaveAttribute('aria-description', /active passage, score/)

  // Linking a new passage offers the matching claim first.
  await selectPhrase(page, 'Reader pane 2', 'discovered severe corrosion in its main cables')
  await page.keyboard.press('e')
  const dialog = page.getByRole('dialog', { name: 'Tag as evidence' })
  const option = dialog.getByRole('radiogroup', { name: 'Claims to link' }).locator('label').first()
  await expect(option).toContainText('inspectors found serious corrosion')
  await expect(option.getByText('Suggested')).toBeVisible()
  await expect(option.getByRole('radio')).toBeChecked()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
})

test('the claim view lists articles that mention the claim but are not linked', async ({ page, server }) => {
  await openApp(page, server)
  const { pane1, pane2 } = await openSampleSideBySide(page)
  await pane2.getByRole('combobox', { name: 'Article in pane 2' }).selectOption({ index: 0 })
  await selectPhrase(page, 'Reader pane 1', 'inspectors found serious corrosion in the main cables')
  await page.keyboard.press('c')
  await page.getByRole('dialog', { name: 'Tag as claim' }).getByRole('button', { name: 'Tag as claim' }).click()

  const inspector = page.getByRole('region', { name: 'Inspector' })
  const unlinked = inspector.getByRole('list', { name: 'Unlinked articles' })
  const radio = unlinked.getByRole('button', { name: 'Radio Marlow News: Bridge closure: what we know so far' })
  await expect(radio).toBeVisible()
  await radio.click()
  await expect(pane2.getByRole('heading', { name: /Bridge closure: what we know so far/ })).toBeVisible()
  await expect(pane1.getByRole('heading', { name: /Harbour Bridge to close/ })).toBeVisible()
})

test('suggestions show as dashed marks; one is dismissed and one accepted through the tag dialog', async ({
  page,
  server
}) => {
  await openApp(page, server)
  const { pane2 } = await openSampleSideBySide(page)
  const toggle = pane2.getByRole('button', { name: 'Show suggestions' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')

  const suggestions = pane2.locator('[data-suggestion][role="button"]')
  await expect(suggestions.first()).toBeVisible()
  const before = await suggestions.count()
  await expect(suggestions.first()).toHaveAttribute(
    'aria-label',
    /^Suggested (claim|denial|evidence), confidence \d+%: ./
  )

  await suggestions.first().focus()
  await page.keyboard.press('x')
  await expect(suggestions).toHaveCount(before - 1)

  const target = suggestions.first()
  const kind = (await target.getAttribute('data-suggestion-kind'))!
  const text = (await target.textContent())!.slice(0, 20)
  await target.focus()
  const bar = page.getByRole('group', { name: 'Suggestion in pane 2' })
  await expect(bar.getByRole('button', { name: 'Accept suggestion' })).toBeVisible()
  await page.keyboard.press('Enter')
  const title = `Tag as ${kind}`
  const dialog = page.getByRole('dialog', { name: title })
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('blockquote')).toContainText(text)
  if (kind !== 'claim') await dialog.getByRole('radio', { name: 'The claim it bears on is new' }).check()
  await dialog.getByRole('button', { name: title }).click()
  await expect(dialog).toBeHidden()
  await expect(pane2.locator(`[data-kind="${kind}"]`).filter({ hasText: text })).toHaveCount(1)
  await expect(suggestions).toHaveCount(before - 2)
})
