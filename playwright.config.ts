// End-to-end tests (`npm run test:e2e`): the browser mode in Chromium at three window sizes, the
// a11y spec in both themes, and the Electron app where a binary is installed. See README "Tests".
import { defineConfig, devices } from '@playwright/test'
import type { Theme } from './tests/e2e/fixtures'
import { CHROMIUM, IN_CI, videoUnavailable } from './tests/e2e/support/env'
import { REPORT_DIR } from './tests/e2e/support/summary-reporter'

// The agent's flows, run at each window size.
const AT_EVERY_SIZE = [
  'e2e/flow.spec.ts',
  'e2e/workspace.spec.ts',
  'e2e/layout.spec.ts',
  'e2e/input.spec.ts',
]

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
  projects: [
    {
      name: 'browser-1366x820',
      testMatch: ['e2e/perf.spec.ts', ...AT_EVERY_SIZE],
      use: browser(1366, 820),
    },
    { name: 'browser-1000x700', testMatch: AT_EVERY_SIZE, use: browser(1000, 700) },
    { name: 'browser-800x600', testMatch: AT_EVERY_SIZE, use: browser(800, 600) },
    {
      name: 'a11y-light',
      testMatch: 'e2e/a11y.spec.ts',
      use: { ...browser(1366, 820), theme: 'light' },
    },
    {
      name: 'a11y-dark',
      testMatch: 'e2e/a11y.spec.ts',
      use: { ...browser(1366, 820), theme: 'dark' },
    },
    { name: 'electron', testMatch: 'electron/*.spec.ts' },
  ],
})
