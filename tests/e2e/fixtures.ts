import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

export interface ServerHandle {
  url: string
  stop(): Promise<void>
}

/** Starts the real CLI's browser mode and waits for its ready line. */
export async function startServe(configDir: string, file?: string): Promise<ServerHandle> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'factdesk.mjs'), 'serve', ...(file ? [file] : []), '--no-open'],
    {
      cwd: ROOT,
      env: { ...process.env, FACTDESK_CONFIG_DIR: configDir, HOME: configDir },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 30_000)
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /Factdesk ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code}: ${stderr}`))
    })
  })
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}

export async function openApp(page: Page, server: ServerHandle): Promise<void> {
  await page.goto(server.url)
  await expect(page.getByTestId('app-ready')).toBeAttached()
}

export const COURIER = 'The Marlow Courier — Harbour Bridge to close for six months, commissioner says'

/** Opens the sample project with The Marlow Courier's article in pane 1, and returns that pane. */
export async function openSampleCourier(page: Page, server: ServerHandle): Promise<Locator> {
  await openApp(page, server)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  const pane1 = page.getByRole('region', { name: 'Reader pane 1' })
  await pane1.getByRole('combobox', { name: 'Article in pane 1' }).selectOption({ label: COURIER })
  await expect(pane1.getByRole('heading', { name: /Harbour Bridge to close/ })).toBeVisible()
  return pane1
}

/** Selects `phrase` with the mouse, presses C, D or E, and confirms the tag dialog as it opens. */
export async function tagByKeyboard(
  page: Page,
  pane: string,
  phrase: string,
  kind: 'claim' | 'denial' | 'evidence'
): Promise<void> {
  await selectPhrase(page, pane, phrase)
  await page.keyboard.press(kind[0])
  const name = `Tag as ${kind}`
  await page.getByRole('dialog', { name }).getByRole('button', { name }).click()
}

/** Selects the first occurrence of `phrase` in a pane with a real mouse drag, as an editor would. */
export async function selectPhrase(page: Page, pane: string, phrase: string): Promise<void> {
  const region = page.getByRole('region', { name: pane })
  // The article may still be loading after a pick in the pane's combobox.
  await expect(region.locator('.article-body')).toContainText(phrase)
  const box = await region.locator('.article-body').evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(text)
      if (i < 0) continue
      const range = document.createRange()
      range.setStart(n, i)
      range.setEnd(n, i + text.length)
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
      const rects = [...range.getClientRects()]
      const first = rects[0]
      const last = rects[rects.length - 1]
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2
      }
    }
    throw new Error(`"${text}" not found in the pane`)
  }, phrase)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move(box.x2, box.y2, { steps: 8 })
  await page.mouse.up()
}

/**
 * The text of every row of the library's article list, in order. The list renders only the rows
 * in view, so it is scrolled through from top to bottom, a screen at a time.
 */
export async function libraryRowTexts(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Articles' })
  const rows = new Map<number, string>()
  await list.evaluate((el) => (el.parentElement!.scrollTop = 0))
  for (;;) {
    const seen = await list.evaluate((el) =>
      [...el.querySelectorAll('li[aria-posinset]:not(.outlet-group)')].map((li) => ({
        at: Number(li.getAttribute('aria-posinset')),
        text: li.textContent ?? ''
      }))
    )
    for (const r of seen) rows.set(r.at, r.text)
    const moved = await list.evaluate(async (el) => {
      const scroller = el.parentElement!
      const before = scroller.scrollTop
      scroller.scrollTop += scroller.clientHeight
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      return scroller.scrollTop !== before
    })
    if (!moved) break
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text)
}

/**
 * A fresh app config folder with the editor's name already given, so the first-use "Your name"
 * dialog does not stand in front of every test; `named: false` leaves it to be asked.
 */
export function newConfigDir({ named = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-config-'))
  if (named) writeFileSync(join(dir, 'config.json'), JSON.stringify({ editorName: 'Test Editor' }))
  return dir
}

interface Fixtures {
  configDir: string
  workDir: string
  server: ServerHandle
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  configDir: async ({}, use) => {
    const dir = newConfigDir()
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  server: async ({ configDir }, use) => {
    const server = await startServe(configDir)
    await use(server)
    await server.stop()
  }
})

export { expect }

/** Closes the project through the top bar's Project menu. */
export async function closeProject(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Project menu' }).click()
  await page.getByRole('menuitem', { name: 'Close project' }).click()
  await expect(page.getByRole('button', { name: 'Open sample project' })).toBeVisible()
}

/** Shows a side tab (Inspector, Similar, History) below the claims. */
export async function showSideTab(page: Page, name: 'Inspector' | 'Similar' | 'History'): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click()
}
