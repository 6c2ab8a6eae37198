import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

/** Debian's Chromium by default (Playwright's own download is not available on these machines). */
export function chromiumPath(): string {
  return process.env.FACTDESK_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}; install it (apt-get install chromium) or set FACTDESK_CHROMIUM`
    )
  }
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-dev-shm-usage'
  ]
  // Chromium refuses to run as root with its sandbox on; these machines run tests as root.
  if (process.getuid?.() === 0) args.unshift('--no-sandbox')
  return { executablePath, args }
}
