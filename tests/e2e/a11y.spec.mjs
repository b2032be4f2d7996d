/* global document, window -- used inside page.evaluate */
// axe-core on every screen in both themes, and the screenshots in docs/screenshots/.
import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { AppPage } from './pages/app-page.mjs'

const ROOT = resolve(import.meta.dirname, '../..')
const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js')
const SHOTS = resolve(ROOT, 'docs/screenshots')

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE })
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }))
  })
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** Each screen: how to reach it from a loaded page, and its screenshot name. */
const SCREENS = [
  {
    name: 'search',
    async show(app) {
      await app.page.goto(app.base + '#/')
      await app.typeQuery('certificado digital ambientes')
    },
  },
  {
    name: 'article',
    async show(app) {
      await app.hits.first().click()
      await app.title.waitFor()
      await app.page.locator('#checklist').waitFor()
    },
  },
  {
    name: 'reply',
    async show(app) {
      await app.page.locator('#reply').scrollIntoViewIfNeeded()
      await app.page.locator('#reply .reply-text, #reply .banner').first().waitFor()
    },
    clip: '#reply',
  },
  {
    name: 'help',
    async show(app) {
      await app.page.click('.help-button')
      await app.page.locator('[role="dialog"] .shortcuts').waitFor()
    },
    after: (app) => app.page.keyboard.press('Escape'),
  },
  {
    name: 'tickets',
    async show(app) {
      await app.page.goto(app.base + '#/tickets')
      await app.page.locator('#tickets-title').waitFor()
    },
  },
  {
    name: 'settings',
    async show(app) {
      await app.page.goto(app.base + '#/settings')
      await app.page.locator('#knowledge-title').waitFor()
      await app.page.waitForTimeout(300)
    },
  },
  {
    name: 'lookup',
    async show(app) {
      await app.page.goto(app.base + '#/lookup')
      await app.page.reload()
      await app.typeQuery('certificado digital ambientes')
      await app.page.locator('#reply').waitFor()
    },
  },
]

export const tests = [
  {
    name: 'no serious or critical axe violation on any screen, light and dark; screenshots',
    async run({ newPage, url }) {
      await mkdir(SHOTS, { recursive: true })
      const problems = []
      for (const theme of ['light', 'dark']) {
        // bypassCSP: axe-core is injected as an inline script, which the page's CSP rightly refuses.
        const page = await newPage({ viewport: { width: 1366, height: 820 }, bypassCSP: true })
        const app = new AppPage(page)
        await app.goto(url)
        app.base = page.url().replace(/#.*$/, '')
        await app.api('updateSettings', { theme })
        await app.api('openTicket', {
          number: `A11Y-${theme}`,
          requester: 'Maria Silva',
          organization: 'Órgão Exemplo',
        })
        await page.evaluate((n) => localStorage.setItem('roteiro.activeTicket', n), `A11Y-${theme}`)
        await page.reload()
        await page.waitForSelector('.topbar')
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme)
        for (const screen of SCREENS) {
          await screen.show(app)
          await page.waitForTimeout(150)
          for (const v of await axe(page))
            problems.push(`${theme}/${screen.name}: ${v.id} (${v.impact}) ${v.nodes.join(', ')}`)
          const suffix = theme === 'light' ? '' : '-dark'
          if (theme === 'light' || screen.name === 'article') {
            const path = resolve(SHOTS, `${screen.name}${suffix}.png`)
            if (screen.clip) await page.locator(screen.clip).screenshot({ path })
            else await page.screenshot({ path })
          }
          await screen.after?.(app)
        }
        await page.close()
      }
      assert.deepEqual(problems, [], problems.join('\n'))
    },
  },
]
