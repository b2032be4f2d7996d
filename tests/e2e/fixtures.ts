// The browser-mode test: `test` with one server per worker (its own data folder) and page
// objects for what the agent sees. Specs import { test, expect } from here.
import { test as base, expect, type Page } from '@playwright/test'
import { ArticlePage } from './pages/article-page'
import { AppPage } from './pages/app-page'
import { SearchPanel } from './pages/search-panel'
import { TicketBar } from './pages/ticket-bar'
import { browserModeUnavailable, IN_CI } from './support/env'
import { startBrowserMode, type BrowserMode } from './support/server'

export type Theme = 'light' | 'dark'

type Options = {
  /** The theme a spec about looks runs in (the a11y projects set it). */
  theme: Theme
}

type Fixtures = {
  /** Skips (or, in CI, fails) the test when Chromium or the corpus is missing. */
  prerequisites: void
  /** The app opened on this worker's server. */
  app: AppPage
  search: SearchPanel
  article: ArticlePage
  ticket: TicketBar
  /** The system clipboard, with the permissions granted for the app's origin. */
  clipboard: { read: () => Promise<string> }
}

type WorkerFixtures = { browserMode: BrowserMode }

export const test = base.extend<Options & Fixtures, WorkerFixtures>({
  theme: ['light', { option: true }],

  prerequisites: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from the pattern
    async ({}, use, testInfo) => {
      const reason = browserModeUnavailable()
      if (reason && IN_CI) throw new Error(`${reason} (required in CI)`)
      testInfo.skip(!!reason, reason ?? '')
      await use()
    },
    { auto: true },
  ],

  browserMode: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from the pattern
    async ({}, use) => {
      const server = await startBrowserMode()
      await use(server)
      await server.stop()
    },
    { scope: 'worker', timeout: 180_000 },
  ],

  page: async ({ page }, use, testInfo) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await use(page)
    if (errors.length)
      testInfo.annotations.push({ type: 'page errors', description: errors.join('\n') })
  },

  app: async ({ page, browserMode }, use) => {
    const app = new AppPage(page, browserMode.url)
    await app.open()
    await use(app)
  },
  search: async ({ app }, use) => use(new SearchPanel(app.page)),
  article: async ({ app }, use) => use(new ArticlePage(app.page)),
  ticket: async ({ app }, use) => use(new TicketBar(app.page)),

  clipboard: async ({ page, context, browserMode }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: browserMode.origin,
    })
    await use({ read: () => readClipboard(page) })
  },
})

function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText())
}

export { expect }
