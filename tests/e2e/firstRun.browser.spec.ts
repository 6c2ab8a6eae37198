import { existsSync, rmSync } from 'node:fs'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { expect, newConfigDir, openApp, startServe, test } from './fixtures'

test('first use asks the editor name once; New project offers Documents/Factdesk', async ({ page }) => {
  // HOME is this folder too (see startServe), so Documents/Factdesk is made inside it.
  const configDir = newConfigDir({ named: false })
  const server = await startServe(configDir)
  try {
    await openApp(page, server)
    const ask = page.getByRole('dialog', { name: 'Your name' })
    await expect(ask.getByLabel('Your name')).toHaveValue(userInfo().username)
    await page.screenshot({ path: 'test-results/e2e/first-run-name.png' })
    await ask.getByLabel('Your name').fill('Ines Valdés')
    await ask.getByRole('button', { name: 'Save name' }).click()
    await expect(ask).toHaveCount(0)

    await page.reload()
    await expect(page.getByTestId('app-ready')).toBeAttached()
    await expect(page.getByRole('button', { name: 'New project' })).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Your name' })).toHaveCount(0)

    await page.getByRole('button', { name: 'New project' }).click()
    const folder = join(configDir, 'Documents', 'Factdesk')
    const dialog = page.getByRole('dialog', { name: 'New project' })
    await expect(dialog.getByText(folder)).toBeVisible()
    await expect(dialog.getByLabel('Project file')).toHaveValue('Untitled.factdesk')
    await page.screenshot({ path: 'test-results/e2e/new-project-folder.png' })
    await dialog.getByLabel('Project file').fill('Pier story')
    await dialog.getByRole('button', { name: 'Create project' }).click()
    await expect(page.getByRole('heading', { name: 'Pier story' })).toBeVisible()
    expect(existsSync(join(folder, 'Pier story.factdesk'))).toBe(true)

    // A pasted article whose paragraphs are single lines keeps them (the rule a .txt import follows).
    await page.getByRole('button', { name: 'Paste article', exact: true }).click()
    await page.getByLabel('Title', { exact: true }).fill('Pier closes')
    await page
      .getByLabel('Article text')
      .fill('Pier to close\nThe pier will close on Friday.\nThe mayor said it was unsafe.')
    await page.getByRole('button', { name: 'Add article' }).click()
    const pane1 = page.getByRole('region', { name: 'Reader pane 1' })
    await expect(pane1.locator('.article-body p')).toHaveCount(3)

    await page.getByRole('button', { name: /^Settings/ }).click()
    await expect(page.getByLabel('Editor name')).toHaveValue('Ines Valdés')
  } finally {
    await server.stop()
    rmSync(configDir, { recursive: true, force: true })
  }
})
