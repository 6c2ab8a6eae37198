import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronBinary } from './electronBinary'
import { selectPhrase } from './fixtures'

const ROOT = join(import.meta.dirname, '..', '..')
const bin = electronBinary()

// globalSetup prints the one-line reason once; the test records it too.
test.skip('missing' in bin, 'missing' in bin ? `Electron binary not available: ${bin.missing}` : '')

test('desktop app: new project, paste, tag a claim, reopen, highlight still there', async () => {
  if ('missing' in bin) return
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-electron-'))
  const file = join(dir, 'desk.factdesk')
  const env = { ...process.env, FACTDESK_CONFIG_DIR: dir, FACTDESK_NO_DEV: '1' } as Record<string, string>
  // The editor's name is given, so the first-use "Your name" dialog is not asked.
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ editorName: 'Test Editor' }))
  try {
    // The menu and dialogs are native; the slice drives the same renderer, with the project made by the CLI.
    const created = await import('node:child_process').then(({ execFileSync }) =>
      execFileSync(process.execPath, [join(ROOT, 'bin', 'factdesk.mjs'), 'new', file, '--title', 'Desk', '--json'], {
        env
      })
    )
    expect(JSON.parse(created.toString()).title).toBe('Desk')

    let app = await electron.launch({ executablePath: bin.path, args: [ROOT, file], env })
    let page = await app.firstWindow()
    await expect(page.getByTestId('app-ready')).toBeAttached()
    await expect(page).toHaveTitle('Desk — Factdesk')
    const isolated = await page.evaluate(
      () => typeof (window as unknown as { require?: unknown }).require === 'undefined'
    )
    expect(isolated).toBe(true)

    await page.getByRole('button', { name: 'Paste article', exact: true }).click()
    await page.getByLabel('Title', { exact: true }).fill('Pier closes')
    await page.getByLabel('Article text').fill('"The pier is no longer safe," said the mayor.')
    await page.getByRole('button', { name: 'Add article' }).click()
    await selectPhrase(page, 'Reader pane 1', 'The pier is no longer safe')
    await page.keyboard.press('c')
    await page.getByRole('dialog', { name: 'Tag as claim' }).getByRole('button', { name: 'Tag as claim' }).click()
    await expect(page.locator('[data-kind="claim"]')).toHaveText('The pier is no longer safe')
    await app.close()

    app = await electron.launch({ executablePath: bin.path, args: [ROOT, file], env })
    page = await app.firstWindow()
    await expect(page.locator('[data-kind="claim"]')).toHaveText('The pier is no longer safe')
    await app.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
