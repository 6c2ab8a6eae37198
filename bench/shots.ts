import type { Page } from '@playwright/test'
import { join } from 'node:path'

/**
 * Screenshots of the screens the UI measures touch, to look at: the library at its top and
 * scrolled to its middle, ungrouped and grouped by outlet, and pane 2 with the long article.
 * Returns what a look might miss: rows whose content overflows their fixed height.
 */
export async function takeShots(page: Page, dir: string, suffix: string, longTitle: string): Promise<string[]> {
  const notes: string[] = []
  const library = page.getByRole('navigation', { name: 'Library' })
  const scroller = library.locator('.article-scroll')
  const check = async (what: string) => {
    const r = await scroller.evaluate((el) => {
      const cards = [...el.querySelectorAll<HTMLElement>('.article-card')]
      const over = cards.filter((c) => c.scrollHeight > c.clientHeight + 1 || c.scrollWidth > c.clientWidth + 1)
      return { rows: cards.length, over: over.length, elements: el.querySelectorAll('*').length }
    })
    notes.push(`${what}: ${r.rows} rows in the page (${r.elements} elements), ${r.over} overflowing`)
  }
  const middle = () => scroller.evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) / 2))
  await page.screenshot({ path: join(dir, `library-top-${suffix}.png`) })
  await check('top')
  await middle()
  await page.waitForTimeout(200)
  await library.screenshot({ path: join(dir, `library-middle-${suffix}.png`) })
  await check('middle')
  await library.getByRole('combobox', { name: 'Group articles' }).selectOption('outlet')
  await middle()
  await page.waitForTimeout(200)
  await library.screenshot({ path: join(dir, `library-grouped-middle-${suffix}.png`) })
  await check('grouped, middle')
  await scroller.evaluate((el) => (el.scrollTop = 0))
  await page.waitForTimeout(200)
  await library.screenshot({ path: join(dir, `library-grouped-top-${suffix}.png`) })
  // The tag dialog over the page, opened from a selection in pane 1.
  const body = page.getByRole('region', { name: 'Reader pane 1' }).locator('.article-body')
  const box = await body
    .locator('p')
    .first()
    .evaluate((p) => {
      const text = [...p.childNodes].find(
        (n) => n.nodeType === Node.TEXT_NODE && /\w+ \w+ \w+/.test(n.textContent ?? '')
      )!
      const m = /\w+ \w+ \w+/.exec(text.textContent!)!
      const range = document.createRange()
      range.setStart(text, m.index)
      range.setEnd(text, m.index + m[0].length)
      const r = range.getBoundingClientRect()
      return { x1: r.left + 1, x2: r.right - 1, y: r.top + r.height / 2 }
    })
  await page.mouse.move(box.x1, box.y)
  await page.mouse.down()
  await page.mouse.move(box.x2, box.y, { steps: 4 })
  await page.mouse.up()
  await page.keyboard.press('c')
  await page.getByRole('dialog', { name: 'Tag as claim' }).waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(dir, `tag-dialog-${suffix}.png`) })
  await page.keyboard.press('Escape')
  const pane = page.getByRole('region', { name: 'Reader pane 2' })
  const picker = pane.getByRole('combobox', { name: 'Article in pane 2' })
  // Focus adds any options the picker has not added yet (it adds them in idle time).
  await picker.focus()
  const value = await picker
    .locator('option')
    .evaluateAll((os, t) => (os as HTMLOptionElement[]).find((o) => o.textContent?.includes(t))?.value, longTitle)
  if (value) {
    await picker.selectOption(value)
    await pane.locator('mark[data-passage-id]').first().waitFor()
    await page.waitForTimeout(500)
    await page.screenshot({ path: join(dir, `reader-long-${suffix}.png`) })
  }
  return notes
}
