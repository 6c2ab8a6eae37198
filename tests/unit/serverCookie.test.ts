import { chromium } from '@playwright/test'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/services/handlers'
import { startServer } from '../../src/main/server/httpServer'
import { chromiumLaunchOptions, chromiumPath } from '../e2e/browser'
import { newWorkspace, useTempDirs } from './helpers'

/**
 * Cookies are not bound to a port: whatever the browser keeps for 127.0.0.1 it sends to every
 * other server there (a dev server, another user's tool). The Factdesk token must not be in one.
 */
const tempDir = useTempDirs()
const TOKEN = 'cookie-test-token-0123456789abcdef'

describe('browser mode and other servers on 127.0.0.1', () => {
  it.runIf(existsSync(chromiumPath()))('the other server never receives the token', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'assets'), { recursive: true })
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>Factdesk</title><script src="/assets/app.js"></script>'
    )
    writeFileSync(join(dir, 'assets', 'app.js'), 'document.title = "loaded"')
    const ws = newWorkspace('factdesk serve')
    const factdesk = await startServer({
      handlers: createHandlers(ws, { version: 'test', shell: 'browser' }),
      rendererDir: dir,
      token: TOKEN
    })
    const seen: string[] = []
    const other: Server = createServer((req, res) => {
      seen.push(`${req.url} cookie=${req.headers.cookie ?? ''}`)
      res.end('<!doctype html><title>other</title><img src="/pixel">')
    })
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r))
    const otherPort = (other.address() as AddressInfo).port
    const browser = await chromium.launch(chromiumLaunchOptions())
    try {
      const page = await browser.newPage()
      await page.goto(factdesk.url)
      // The page's own script loaded on the session cookie.
      await expect.poll(() => page.title()).toBe('loaded')
      await page.goto(`http://127.0.0.1:${otherPort}/`)
      await page.goto(`http://localhost:${otherPort}/again`)
      expect(seen.length).toBeGreaterThanOrEqual(2)
      for (const s of seen) expect(s).not.toContain(TOKEN)
      // The session value the other server may see opens nothing: the API wants the token header.
      const cookies = await page.context().cookies(`http://127.0.0.1:${factdesk.port}/`)
      expect(cookies.map((c) => c.value).join(' ')).not.toContain(TOKEN)
      const api = await fetch(`http://127.0.0.1:${factdesk.port}/api/project.current`, {
        method: 'POST',
        headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
        body: '{}'
      })
      expect(api.status).toBe(401)
    } finally {
      await browser.close()
      await new Promise((r) => other.close(r))
      await factdesk.close()
      ws.close()
    }
  })
})
