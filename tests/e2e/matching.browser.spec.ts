import { expect, openSampleCourier, showSideTab, tagByKeyboard, test } from './fixtures'

test('a tagged passage lists its restatements in other articles, and one click links one', async ({ page, server }) => {
  await openSampleCourier(page, server)

  await tagByKeyboard(page, 'Reader pane 1', 'inspectors found serious corrosion in the main cables', 'claim')

  await showSideTab(page, 'Similar')
  const similar = page.getByRole('region', { name: 'Similar passages' })
  const item = similar.getByRole('listitem').filter({ hasText: 'discovered severe corrosion in its main cables' })
  await expect(item).toBeVisible()
  await expect(item.getByText('Radio Marlow News: Bridge closure: what we know so far')).toBeVisible()
  await expect(item.locator('mark', { hasText: 'severe' })).toBeVisible()
  await expect(item).toContainText(/key words in common/)
  // Other articles only: nothing from the Courier itself.
  await expect(similar.getByText(/The Marlow Courier/)).toHaveCount(0)

  await item.getByRole('button', { name: 'Link to this claim' }).click()
  await expect(item.getByText('Linked')).toBeVisible()

  const pane2 = page.getByRole('region', { name: 'Reader pane 2' })
  await expect(pane2.getByRole('heading', { name: /Bridge closure: what we know so far/ })).toBeVisible()
  const highlight = pane2.locator('[data-kind="claim"]')
  await expect(highlight).toHaveCount(1)
  await expect(highlight).toContainText('discovered severe corrosion in its main cables')
  const claims = page.getByRole('region', { name: 'Claims' })
  await expect(claims.getByText('2 stated · 0 denied · 0 evidence')).toBeVisible()
})
