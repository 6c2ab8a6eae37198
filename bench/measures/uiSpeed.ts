import type { Browser, Page } from '@playwright/test'
import type { Served } from '../browser'
import { heapMb } from '../browser'
import { median, p95, type Figure } from '../stats'

/** Records, in the page, when the first article paragraph appears after navigation starts. */
const FIRST_ARTICLE_OBSERVER = `
  new MutationObserver((_, obs) => {
    if (document.querySelector('.article-body p')) {
      window.__firstArticleAt = performance.now()
      obs.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
`

export async function measureOpen(browser: Browser, served: Served, runs: number): Promise<Figure> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.addInitScript('globalThis.__name = (f) => f')
    await page.addInitScript(FIRST_ARTICLE_OBSERVER)
    await page.goto(served.url)
    await page.waitForFunction(() => (window as unknown as { __firstArticleAt?: number }).__firstArticleAt)
    samples.push(await page.evaluate(() => (window as unknown as { __firstArticleAt: number }).__firstArticleAt))
    // The lists still on their way would hold up the server at the next run's start: each open is
    // measured on its own, as an editor opens a project once.
    await page.waitForLoadState('networkidle')
    await context.close()
  }
  return { unit: 'ms', median: median(samples), samples: runs, target: 'median < 1 s', met: median(samples) < 1000 }
}

/**
 * Time from choosing an article in pane 2 to the frame that shows it with all its highlights.
 * A passage crossing a paragraph end renders as a mark per paragraph, so marks outnumber passages;
 * the measure counts passages (distinct data-passage-id) in pane 2 alone, which is the same on
 * every render of the same article. An untimed first render, allowed to settle, sets that count
 * and must reach the `highlights` seeded on the article.
 */
export async function measureRender(
  page: Page,
  articleTitle: string,
  highlights: number,
  runs: number
): Promise<Figure> {
  const pane = page.getByRole('region', { name: 'Reader pane 2' })
  const picker = pane.getByRole('combobox', { name: 'Article in pane 2' })
  // Focus adds any options the picker has not added yet (it adds them in idle time).
  await picker.focus()
  const options = await picker
    .locator('option')
    .evaluateAll((os) => os.map((o) => ({ v: (o as HTMLOptionElement).value, t: o.textContent ?? '' })))
  const target = options.find((o) => o.t.includes(articleTitle))
  const other = options.find((o) => o.v && !o.t.includes(articleTitle))
  if (!target || !other) throw new Error(`article "${articleTitle}" is not in the picker`)
  const shown = () =>
    pane.evaluate(
      (el) =>
        new Set([...el.querySelectorAll('mark[data-passage-id]')].map((m) => m.getAttribute('data-passage-id'))).size
    )
  await picker.selectOption(target.v)
  let settled = -1
  for (let n = 0, t = Date.now(); n !== settled && Date.now() - t < 30_000;) {
    settled = n
    await page.waitForTimeout(500)
    n = await shown()
  }
  if (settled < highlights) throw new Error(`only ${settled} of ${highlights} highlights rendered`)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    await picker.selectOption(other.v)
    await page.waitForTimeout(50)
    const ms = await pane.evaluate(
      (el, { value, count }) =>
        new Promise<number>((resolve, reject) => {
          const select = el.querySelector<HTMLSelectElement>('select[aria-label="Article in pane 2"]')!
          const passages = () =>
            new Set([...el.querySelectorAll('mark[data-passage-id]')].map((m) => m.getAttribute('data-passage-id')))
              .size
          const t0 = performance.now()
          select.value = value
          select.dispatchEvent(new Event('change', { bubbles: true }))
          // Found in a frame callback: painted in that frame, and a task queued from it runs after the paint.
          const check = () => {
            if (passages() >= count) setTimeout(() => resolve(performance.now() - t0), 0)
            else if (performance.now() - t0 > 30_000)
              reject(new Error(`only ${passages()} of ${count} highlighted passages after 30 s`))
            else requestAnimationFrame(check)
          }
          requestAnimationFrame(check)
        }),
      { value: target.v, count: settled }
    )
    samples.push(ms)
  }
  return {
    unit: 'ms',
    median: median(samples),
    samples: runs,
    target: '< 250 ms',
    met: median(samples) < 250,
    note: `until all ${settled} highlighted passages are painted`
  }
}

export async function measureHeap(page: Page): Promise<Figure> {
  const mb = await heapMb(page)
  return { unit: 'MB', median: mb, samples: 1, target: '< 200 MB', met: mb < 200 }
}

/**
 * Typing a filter to the filtered rows painted. The list may filter in a deferred render, so the
 * clock stops only when every rendered claim row matches the query, and after that frame's paint.
 */
export async function measureClaimFilter(page: Page, runs: number): Promise<Figure> {
  const input = page.getByRole('searchbox', { name: 'Filter claims' })
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const query = `statement ${100 + i}`
    await input.fill('')
    await page.waitForTimeout(50)
    samples.push(
      await input.evaluate(
        (el, q) =>
          new Promise<number>((resolve, reject) => {
            const input = el as HTMLInputElement
            const list = document.querySelector('[aria-label="Claims list"]')!
            const filtered = () => {
              const rows = [...list.querySelectorAll('[role="listitem"], li')]
              return rows.length > 0 && rows.every((r) => (r.textContent ?? '').toLowerCase().includes(q))
            }
            const t0 = performance.now()
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
            setter.call(input, q)
            input.dispatchEvent(new Event('input', { bubbles: true }))
            const done = () => resolve(performance.now() - t0)
            // Rows found in a frame callback are painted in that frame, and a task queued from the
            // callback runs after the paint; rows already there at once wait for the next frame.
            const check = (inFrame: boolean) => {
              if (filtered()) {
                if (inFrame) setTimeout(done, 0)
                else requestAnimationFrame(() => setTimeout(done, 0))
              } else if (performance.now() - t0 > 10_000) reject(new Error(`the list did not filter to "${q}"`))
              else requestAnimationFrame(() => check(true))
            }
            check(false)
          }),
        query
      )
    )
  }
  return {
    unit: 'ms',
    median: median(samples),
    p95: p95(samples),
    samples: runs,
    target: '< 50 ms, list virtualised',
    met: median(samples) < 50
  }
}

/** Tag click to highlight visible (the app's factdesk:tag-to-highlight measure), over many tags. */
export async function measureTagging(page: Page, tags: number): Promise<Figure> {
  const pane = page.getByRole('region', { name: 'Reader pane 1' })
  await pane.locator('.article-body p').first().waitFor()
  // Long tasks anywhere in the tagging cycle: the dialog, the highlight, and the refresh after it.
  await page.evaluate(() => {
    const w = window as unknown as { __tagLongTasks: number[] }
    w.__tagLongTasks = []
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__tagLongTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: false
    })
  })
  const samples: number[] = []
  for (let i = 0; i < tags; i++) {
    const box = await pane.locator('.article-body').evaluate((root, k) => {
      const nodes: Text[] = []
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.tagName === 'P' && /\w+ \w+ \w+ \w+/.test(n.textContent ?? '')) nodes.push(n as Text)
      }
      const node = nodes[(k * 3) % nodes.length]
      const text = node.textContent!
      const m = /\w+ \w+ \w+/.exec(text)!
      const range = document.createRange()
      range.setStart(node, m.index)
      range.setEnd(node, m.index + m[0].length)
      node.parentElement!.scrollIntoView({ block: 'center' })
      const rects = [...range.getClientRects()]
      const first = rects[0]
      const last = rects[rects.length - 1]
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2
      }
    }, i)
    await page.mouse.move(box.x1, box.y1)
    await page.mouse.down()
    await page.mouse.move(box.x2, box.y2, { steps: 4 })
    await page.mouse.up()
    await page.keyboard.press('c')
    await page.getByRole('dialog', { name: 'Tag as claim' }).getByRole('button', { name: 'Tag as claim' }).click()
    await page.waitForFunction((n) => performance.getEntriesByName('factdesk:tag-to-highlight').length > n, i)
    samples.push(await page.evaluate(() => performance.getEntriesByName('factdesk:tag-to-highlight').at(-1)!.duration))
  }
  await page.waitForTimeout(1_500)
  const longTasks = await page.evaluate(() => (window as unknown as { __tagLongTasks: number[] }).__tagLongTasks)
  const p = p95(samples) ?? Math.max(...samples)
  return {
    unit: 'ms',
    median: median(samples),
    p95: p95(samples),
    samples: samples.length,
    target: 'p95 < 50 ms',
    met: p < 50,
    note: `${longTasks.length} long tasks over ${tags} tags${longTasks.length ? `, longest ${Math.max(...longTasks).toFixed(0)} ms` : ''}`
  }
}

/**
 * Scrolls the whole claims list to its end in at most 300 frames (a screen or more a frame, as
 * when dragging the scrollbar), counting long tasks (> 50 ms) on the way and the most rows that
 * were in the page at once (a virtualised list keeps that near one screenful).
 */
export async function measureClaimScroll(page: Page): Promise<Figure> {
  await page.getByRole('searchbox', { name: 'Filter claims' }).fill('')
  const r = await page.evaluate(async () => {
    const list = document.querySelector('[aria-label="Claims list"]')!
    const rows = () => list.querySelectorAll('[role="listitem"], li').length
    let el: HTMLElement | null = list as HTMLElement
    while (el && !(el.scrollHeight > el.clientHeight && /auto|scroll/.test(getComputedStyle(el).overflowY)))
      el = el.parentElement
    const scroller = el ?? document.scrollingElement!
    const longTasks: number[] = []
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)))
    obs.observe({ type: 'longtask', buffered: false })
    const t0 = performance.now()
    let most = rows()
    let steps = 0
    for (; steps < 600 && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2; steps++) {
      scroller.scrollTop += Math.max(scroller.clientHeight, scroller.scrollHeight / 300)
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      most = Math.max(most, rows())
    }
    await new Promise((r) => setTimeout(r, 100))
    obs.disconnect()
    const last = list.querySelectorAll('[role="listitem"], li')
    return {
      longTasks,
      ms: performance.now() - t0,
      steps,
      most,
      lastText: (last[last.length - 1]?.textContent ?? '').slice(0, 40)
    }
  })
  return {
    unit: 'long tasks',
    median: r.longTasks.length,
    samples: 1,
    target: 'no long tasks while scrolling',
    met: r.longTasks.length === 0,
    note: `${r.steps} screens in ${(r.ms / 1000).toFixed(1)} s, at most ${r.most} rows in the page, last "${r.lastText}"${r.longTasks.length ? `; longest ${Math.max(...r.longTasks).toFixed(0)} ms` : ''}`
  }
}
