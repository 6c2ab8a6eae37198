import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
const ROOT = process.env.ROOT ?? '/work/main'
const tag = process.argv[2] ?? 'before'
const cfg = mkdtempSync(join(tmpdir(), 'fd-'))
const child = spawn(process.execPath, [join(ROOT, 'bin/factdesk.mjs'), 'serve', '--no-open'], { cwd: ROOT, env: { ...process.env, FACTDESK_CONFIG_DIR: cfg, HOME: cfg }, stdio: ['ignore', 'pipe', 'inherit'] })
const url = await new Promise((res) => { let o = ''; child.stdout.on('data', (d) => { o += d; const m = /ready at (\S+)/.exec(o); if (m) res(m[1]) }) })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
for (const [w, h, n] of [[1440, 900, 3], [1280, 800, 4], [1920,1080,2]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } })
  await page.goto(url)
  await page.getByTestId('app-ready').waitFor({ state: 'attached' })
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await page.getByRole('region', { name: 'Reader pane 1' }).locator('.reader-title').waitFor()
  for (let i = 2; i < n; i++) await page.getByRole('button', { name: 'Add pane' }).click()
  for (let i = 2; i < n; i++) {
    const sel = page.getByRole('combobox', { name: `Article in pane ${i + 1}` })
    const vals = await sel.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean))
    await sel.selectOption(vals[i] ?? vals[0])
  }
  await page.waitForTimeout(800)
  await page.screenshot({ path: `/tmp/shots/${tag}-${w}-${n}.png` })
  await page.close()
}
await browser.close(); child.kill()
