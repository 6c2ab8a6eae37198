import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/e2e/browser'

/** npm run screenshots: the README's pictures of the main screens, made from the real app. */
export default defineConfig({
  testDir: 'tests/screens',
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  outputDir: 'test-results/screens',
  use: { launchOptions: chromiumLaunchOptions(), viewport: { width: 1440, height: 900 } }
})
