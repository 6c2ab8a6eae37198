import { join } from 'node:path'
import { addArticle } from '../../src/main/services/articles'
import { tagPassage } from '../../src/main/services/passages'
import { Workspace } from '../../src/main/services/workspace'
import type { Kind } from '../../src/shared/domain'
import type { Page } from '@playwright/test'
import { expect, openApp, startServe, test } from './fixtures'

const WORDS = 'harbour bridge cable council ferry report inspection survey repair closure budget river commuter'.split(
  ' '
)

/** An invented 20,000-word article in 400 paragraphs, with 2,000 passage spans (some overlapping). */
function longArticle(): { body: string; spans: { start: number; end: number }[] } {
  let seed = 7
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const paragraphs: string[] = []
  for (let p = 0; p < 400; p++) {
    const words = Array.from({ length: 50 }, () => WORDS[Math.floor(rand() * WORDS.length)])
    paragraphs.push(words.join(' ') + '.')
  }
  const body = paragraphs.join('\n\n')
  const wordStarts: number[] = []
  for (const m of body.matchAll(/\S+/g)) wordStarts.push(m.index)
  const spans: { start: number; end: number }[] = []
  for (let i = 0; i < 2000; i++) {
    // Every word index 10*i, with every fifth span reaching back over the previous one.
    const first = i * 10 - (i % 5 === 0 && i > 0 ? 4 : 0)
    const last = first + 3 + (i % 4)
    const start = wordStarts[first]
    const endWord = wordStarts[last]
    spans.push({ start, end: endWord + body.slice(endWord).search(/\s|$/) })
  }
  return { body, spans }
}

/** Builds the project through the real services in one transaction: 2,000 HTTP calls would take minutes. */
function seed(file: string): number {
  const { body, spans } = longArticle()
  const ws = new Workspace({
    via: 'the long-article test',
    resourcesDir: join(process.cwd(), 'resources'),
    recent: null
  })
  ws.create(file, 'Long read')
  const id = ws.write(
    ({ db, editor, at }) => {
      const article = addArticle(
        db,
        {
          title: 'The long inquiry',
          outlet: 'Long Read',
          author: null,
          url: null,
          publishedAt: null,
          language: 'en',
          body
        },
        editor,
        at
      )
      let claimId = 0
      const kinds: Kind[] = ['claim', 'denial', 'evidence']
      spans.forEach((span, i) => {
        const r = tagPassage(
          db,
          {
            articleId: article.id,
            ...span,
            kind: kinds[i % 3],
            ...(i % 10 === 0 ? { newClaimText: `Long claim ${i}` } : { claimId })
          },
          editor,
          at
        )
        claimId = r.claim!.id
      })
      return article.id
    },
    { undoable: false }
  )
  ws.close()
  expect(body.split(/\s+/).length).toBe(20_000)
  return id
}

test('a 20,000-word article with 2,000 highlights renders and tags quickly', async ({ page, workDir, configDir }) => {
  test.setTimeout(120_000)
  const file = join(workDir, 'long.factdesk')
  const articleId = seed(file)
  const server = await startServe(configDir, file)
  try {
    await openApp(page, server)
    await measure(page, articleId)
  } finally {
    await server.stop()
  }
})

async function measure(page: Page, articleId: number) {
  const pane1 = page.getByRole('region', { name: 'Reader pane 1' })
  // The project opens with the article already shown; empty the pane to measure a first render.
  await pane1.getByRole('combobox', { name: 'Article in pane 1' }).selectOption('')
  await expect(pane1.locator('[data-passage-id]')).toHaveCount(0)
  await page.evaluate(() => performance.clearMeasures())
  const t0 = Date.now()
  await pane1.getByRole('combobox', { name: 'Article in pane 1' }).selectOption(String(articleId))
  await expect(pane1.locator('[data-passage-id]').first()).toBeAttached()
  await expect(pane1.locator('mark[role="button"]')).toHaveCount(2000)
  const wall = Date.now() - t0
  const renders = await page.evaluate(() =>
    performance.getEntriesByName('factdesk:pane-1-render').map((e) => Math.round(e.duration))
  )
  const firstFull = Math.max(...renders)

  // Selecting a highlight re-renders only the paragraphs it touches.
  await page.evaluate(() => performance.clearMeasures())
  await pane1.locator('mark[role="button"]').nth(1000).click()
  await expect(pane1.locator('mark.hl-selected').first()).toBeAttached()
  const selectRender = await page.evaluate(() =>
    Math.max(0, ...performance.getEntriesByName('factdesk:pane-1-render').map((e) => Math.round(e.duration)))
  )
  // Tag click to highlight: the last word of the article, which no passage covers. Scroll to the
  // end first and let skipped paragraphs (content-visibility) take their real size.
  await pane1.locator('.pane-scroll').evaluate(async (el) => {
    for (let i = 0; i < 3; i++) {
      el.scrollTop = el.scrollHeight
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    }
  })
  const target = await pane1
    .locator('p')
    .last()
    .evaluate((p) => {
      const text = [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).at(-1)!
      const s = text.textContent!.trimEnd()
      const range = document.createRange()
      range.setStart(text, s.lastIndexOf(' ') + 1)
      range.setEnd(text, s.length - 1)
      const r = range.getBoundingClientRect()
      return { x1: r.left + 1, x2: r.right - 1, y: r.top + r.height / 2 }
    })
  await page.mouse.move(target.x1, target.y)
  await page.mouse.down()
  await page.mouse.move(target.x2, target.y, { steps: 4 })
  await page.mouse.up()
  await page.keyboard.press('c')
  await page.getByRole('dialog', { name: 'Tag as claim' }).getByRole('button', { name: 'Tag as claim' }).click()
  await expect(pane1.locator('mark[role="button"]')).toHaveCount(2001)
  const tagMs = await page.evaluate(() =>
    Math.round(performance.getEntriesByName('factdesk:tag-to-highlight').at(-1)?.duration ?? -1)
  )

  console.log(
    `[long article] 20,000 words, 2,000 highlights: first render ${firstFull} ms (open to all highlights ${wall} ms); ` +
      `select re-render ${selectRender} ms; tag click to highlight ${tagMs} ms`
  )
  expect(firstFull).toBeLessThan(3000)
  expect(selectRender).toBeLessThan(1000)
  expect(tagMs).toBeGreaterThan(0)
  expect(tagMs).toBeLessThan(3000)
}
