// End-to-end tests (`npm run test:e2e`): the browser mode in Chromium at three window sizes, the
// a11y spec in both themes, and the Electron app where a binary is installed. See README "Tests".
import { defineConfig, devices } from '@playwright/test'
import type { Theme } from './tests/e2e/fixtures'
import { CHROMIUM, IN_CI, videoUnavailable } from './tests/e2e/support/env'
import { REPORT_DIR } from './tests/e2e/support/summary-reporter'

const E2E = './tests/e2e'
const A11Y = /a11y\.spec\.ts$/
const PERF = /perf\.spec\.ts$/

const browser = (width: number, height: number) => ({
  ...devices['Desktop Chrome'],
  viewport: { width, height },
})

export default defineConfig<{ theme: Theme }>({
  testDir: './tests',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/artifacts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: IN_CI,
  retries: IN_CI ? 1 : 0,
  // Two cores are the usual machine; each worker runs its own server and Chromium.
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  reporter: [
    ['list'],
    ['html', { outputFolder: REPORT_DIR, open: 'never' }],
    ['./tests/e2e/support/summary-reporter.ts'],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: videoUnavailable() ? 'off' : 'retain-on-failure',
    acceptDownloads: true,
    actionTimeout: 30_000,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  // A new spec in tests/e2e runs at the three window sizes; the timing spec needs only one, and
  // the a11y spec runs once per theme instead.
  projects: [
    {
      name: 'browser-1366x820',
      testDir: E2E,
      testIgnore: A11Y,
      use: browser(1366, 820),
    },
    {
      name: 'browser-1000x700',
      testDir: E2E,
      testIgnore: [A11Y, PERF],
      use: browser(1000, 700),
    },
    {
      name: 'browser-800x600',
      testDir: E2E,
      testIgnore: [A11Y, PERF],
      use: browser(800, 600),
    },
    {
      name: 'a11y-light',
      testDir: E2E,
      testMatch: A11Y,
      use: { ...browser(1366, 820), theme: 'light' },
    },
    {
      name: 'a11y-dark',
      testDir: E2E,
      testMatch: A11Y,
      use: { ...browser(1366, 820), theme: 'dark' },
    },
    { name: 'electron', testDir: './tests/electron' },
  ],
})
