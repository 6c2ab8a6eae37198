import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/e2e/browser'

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/globalSetup.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  retries: 0,
  reporter: process.env.FACTDESK_E2E_JSON
    ? [['list'], ['json', { outputFile: process.env.FACTDESK_E2E_JSON }]]
    : 'list',
  outputDir: 'test-results/e2e',
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  },
  projects: [
    { name: 'browser-mode', testMatch: /.*\.browser\.spec\.ts/ },
    { name: 'electron', testMatch: /.*\.electron\.spec\.ts/ }
  ]
})
