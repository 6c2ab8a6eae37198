import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, libraryRowTexts, openApp, test, type ServerHandle } from './fixtures'
import { PAYLOADS, type Payload } from './hostile/corpus'
import { guardPage, inspectPage, type GuardLog } from './hostile/guard'
import { articleSinks, settingsSink, type Call, type Seeded } from './hostile/sinks'

/**
 * The hostile corpus (tests/fixtures/hostile) through every sink into a project, then every view
 * of it in Chromium through browser mode: nothing runs, nothing leaves 127.0.0.1, and the text
 * reads as text.
 */
function apiOf(server: ServerHandle): { call: Call; origin: string } {
  const url = new URL(server.url)
  const token = url.searchParams.get('token')!
  return {
    origin: url.origin,
    call: async (channel, input) => {
      const res = await fetch(`${url.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-factdesk-token': token },
        body: JSON.stringify(input)
      })
      return res.json()
    }
  }
}

/** What the page should show for a payload: stored text is NFC, and a NUL is not drawn. */
const shown = (text: string) => text.normalize('NFC').replace(/\0/g, '').replace(/\s+/g, ' ').trim()

async function expectNothingRan(page: Page, origin: string, log: GuardLog, where: string) {
  const found = await inspectPage(page, origin)
  if (found.csp.length)
    test.info().annotations.push({ type: 'csp-violation', description: `${where}: ${found.csp.join(' | ')}` })
  expect({ where, flag: found.flag, injected: found.injected, dialogs: log.dialogs, offsite: log.offsite }).toEqual({
    where,
    flag: undefined,
    injected: [],
    dialogs: [],
    offsite: []
  })
}

test.describe.configure({ mode: 'parallel' })

/** Every payload through every article sink into a fresh project, through the HTTP API. */
async function seedCorpus(server: ServerHandle, workDir: string) {
  const { call, origin } = apiOf(server)
  expect(await call('project.create', { file: join(workDir, 'hostile.factdesk'), title: 'Hostile' })).toMatchObject({
    ok: true
  })
  const seeded = new Map<string, Seeded>()
  const sinks = articleSinks(seeded)
  const tally: Record<string, { accepted: number; refused: number }> = {}
  for (const sink of sinks) {
    tally[sink.name] = { accepted: 0, refused: 0 }
    for (const p of PAYLOADS) {
      const r = await sink.put(call, p)
      tally[sink.name][r.ok ? 'accepted' : 'refused']++
      if (!r.ok) expect(r.error, `${sink.name} ${p.id}`).toMatchObject({ code: 'invalid_input' })
    }
  }
  test.info().annotations.push({ type: 'sinks', description: JSON.stringify(tally) })
  // Every payload made it into an article and a claim; only the url field may refuse some.
  expect(tally['pasted article (title, outlet, url, body)'].accepted).toBe(PAYLOADS.length)
  expect(tally['claim text and passage note (tag)'].accepted).toBe(PAYLOADS.length)
  return { call, origin, seeded }
}

test('the hostile corpus stays text in the library and the reader', async ({ page, server, workDir }) => {
  test.setTimeout(180_000)
  const { origin, seeded } = await seedCorpus(server, workDir)
  const log = await guardPage(page, origin)
  await openApp(page, server)
  await expect(page.getByRole('heading', { name: 'Hostile' })).toBeVisible()

  // Library: every title listed, as text (scrolled through: only the rows in view are in the page).
  const libraryText = shown((await libraryRowTexts(page)).join('\n'))
  for (const p of PAYLOADS) expect(libraryText, p.id).toContain(shown(`${p.id} ${p.text}`).slice(0, 80))
  await expectNothingRan(page, origin, log, 'library')

  // Reader: each article in pane 1, its body drawn as text with the payload highlighted as a claim.
  const pane = page.getByRole('region', { name: 'Reader pane 1' })
  for (const p of PAYLOADS) {
    const { articleId } = seeded.get(p.id)!
    await pane.getByRole('combobox', { name: 'Article in pane 1' }).selectOption(String(articleId))
    await expect(pane.locator('[data-kind="claim"]')).toHaveCount(1)
    const text = shown((await pane.textContent()) ?? '')
    expect(text, p.id).toContain(`Report ${p.id}.`)
    expect(text, p.id).toContain(shown(p.text).slice(0, 200))
  }
  await expectNothingRan(page, origin, log, 'reader')
  expect(log.pageErrors).toEqual([])
})

test('the hostile corpus stays text in the claims list and the inspector', async ({ page, server, workDir }) => {
  test.setTimeout(180_000)
  const { origin } = await seedCorpus(server, workDir)
  const log = await guardPage(page, origin)
  await openApp(page, server)
  const claims = page.getByRole('region', { name: 'Claims' })
  // The list renders only the rows in view, so each payload is filtered into view first.
  const filter = claims.getByRole('searchbox', { name: 'Filter claims' })
  for (const p of PAYLOADS) {
    await filter.fill(p.id)
    // By text content, not accessible name: computing names over 50 000-character buttons is slow.
    const row = claims.locator('button.claim-item', { hasText: `${p.id} ` }).first()
    expect(shown((await row.textContent()) ?? ''), p.id).toContain(shown(`${p.id} ${p.text}`).slice(0, 80))
    await row.click()
    await expect(page.getByLabel('Claimant')).toHaveValue(p.text.slice(0, 2_000).normalize('NFC'))
  }
  await expectNothingRan(page, origin, log, 'claims and inspector')
  expect(log.pageErrors).toEqual([])
})

test('the hostile corpus stays text in the project title, editor name and publisher', async ({
  page,
  server,
  workDir
}) => {
  test.setTimeout(180_000)
  const { call, origin } = apiOf(server)
  await call('project.create', { file: join(workDir, 'settings.factdesk'), title: 'Settings' })
  const log = await guardPage(page, origin)
  await openApp(page, server)
  // Three payloads per round (title, editor name, publisher), shown in the header and the dialog.
  for (let i = 0; i < PAYLOADS.length; i += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => PAYLOADS[(i + k) % PAYLOADS.length])
    const r = await settingsSink(call, a, b, c)
    if (!r.ok) {
      expect(r.error, `settings ${a.id}`).toMatchObject({ code: 'invalid_input' })
      continue
    }
    await page.reload()
    await expect(page.getByTestId('app-ready')).toBeAttached()
    await expect(page.locator('h1')).toContainText(`${a.id}`)
    await page.getByRole('button', { name: /^Settings/ }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByLabel('Publisher', { exact: true })).toHaveValue(c.text.slice(0, 2_000).normalize('NFC'))
    await expectNothingRan(page, origin, log, `settings ${a.id}–${c.id}`)
    await page.keyboard.press('Escape')
  }
  expect(log.pageErrors).toEqual([])
})

/** A handful of payloads typed by hand into the paste dialog, the inspector and settings. */
test('hostile text typed into the forms stays text', async ({ page, server, workDir }) => {
  test.setTimeout(120_000)
  const { call, origin } = apiOf(server)
  await call('project.create', { file: join(workDir, 'typed.factdesk'), title: 'Typed' })
  const log = await guardPage(page, origin)
  await openApp(page, server)
  const typed: Payload[] = ['script', 'event-handler', 'svg', 'mxss', 'bidi', 'url'].map((cls) =>
    PAYLOADS.find((p) => p.class === cls)!
  )
  for (const p of typed) {
    await page.getByRole('button', { name: 'Paste article', exact: true }).click()
    await page.getByLabel('Title', { exact: true }).fill(`${p.id} ${p.text}`)
    await page.getByLabel('Outlet').fill(p.text)
    await page.getByLabel('Article text').fill(`Typed ${p.id}.\n\n${p.text}`)
    await page.getByRole('button', { name: 'Add article' }).click()
    await expect(page.getByRole('list', { name: 'Articles' })).toContainText(`${p.id} `)
    const list = (await call('articles.list', {})).value as { id: number; title: string }[]
    const r = await call('passages.tag', {
      articleId: list.find((a) => a.title.startsWith(p.id))!.id,
      start: 0,
      end: 5,
      kind: 'claim',
      newClaimText: `${p.id} placeholder`
    })
    expect(r.ok).toBe(true)
  }
  await page.reload()
  await expect(page.getByTestId('app-ready')).toBeAttached()
  const claims = page.getByRole('region', { name: 'Claims' })
  for (const p of typed) {
    await claims
      .locator('button.claim-item', { hasText: `${p.id} ` })
      .first()
      .click()
    await page.getByLabel('Claim text').fill(`${p.id} ${p.text}`)
    await page.getByLabel('Claimant').fill(p.text)
    await page.getByLabel('Rationale').fill(p.text)
    await page.getByLabel('Claim text').focus()
    await expect(claims).toContainText(shown(p.text).slice(0, 40))
  }
  await page.getByRole('button', { name: /^Settings/ }).click()
  await page.getByLabel('Project title').fill(typed[0].text)
  await page.getByLabel('Editor name').fill(typed[1].text)
  await page.getByLabel('Publisher', { exact: true }).fill(typed[2].text)
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.locator('h1')).toHaveText(typed[0].text)
  await page.reload()
  await expect(page.getByTestId('app-ready')).toBeAttached()
  await expect(page.locator('h1')).toHaveText(typed[0].text)
  await expectNothingRan(page, origin, log, 'typed forms')
  expect(log.pageErrors).toEqual([])
})
