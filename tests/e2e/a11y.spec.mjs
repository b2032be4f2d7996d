/* global document, window -- used inside page.evaluate */
// axe-core on every screen in both themes, and the screenshots in docs/screenshots/. Runs after
// the flow specs (scripts/e2e.mjs orders it last) so the screenshots show a working day: ticket
// 3201224 for Maria Silva active with two steps done, and a few other tickets on record. When run
// alone it builds the same state through the API.
import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { AppPage } from './pages/app-page.mjs'

const ROOT = resolve(import.meta.dirname, '../..')
const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js')
// Screenshots go to test-results/ on every run; ROTEIRO_SCREENSHOTS=docs refreshes the ones the
// README shows (docs/screenshots), so a test run leaves the work tree clean.
const SHOTS = resolve(
  ROOT,
  process.env.ROTEIRO_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots',
)

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

const SEED =
  'Scripts_Atendimento/Tramita_GOV_BR/Ambientes_diferentes_utilizando_o_mesmo_certificado_digital.rst'
const ACTIVE = '3201224'

/** Finds an article with `steps` checklist steps (or at least `min`) among a few searches. */
async function articleWithSteps(app, steps, min, avoid) {
  let fallback = null
  for (const query of ['processo tramitação', 'sei usuário', 'protocolo recebimento', 'nup']) {
    const { results } = await app.api('search', { query, limit: 15 })
    for (const hit of results) {
      if (avoid.includes(hit.id)) continue
      const view = await app.api('getArticle', { id: hit.id })
      if (view.steps.length === steps) return view
      if (!fallback && view.steps.length >= min) fallback = view
    }
  }
  return fallback
}

/** Opens a ticket on `article` with its first `done` steps checked; closed when asked. */
async function recordTicket(app, ticket, article, done, { note, close } = {}) {
  const existing = await app.api('getTicket', { number: ticket.number })
  if (existing) return existing
  await app.api('openTicket', ticket)
  await app.api('linkArticle', { number: ticket.number, articleId: article.id })
  for (const step of article.steps.slice(0, done))
    await app.api('setStep', {
      number: ticket.number,
      articleId: article.id,
      stepKey: step.key,
      done: true,
    })
  if (note)
    await app.api('setStepNote', {
      number: ticket.number,
      articleId: article.id,
      stepKey: article.steps[done - 1].key,
      note,
    })
  if (close) await app.api('closeTicket', { number: ticket.number })
  return app.api('getTicket', { number: ticket.number })
}

/** The state an agent has mid-morning; the flow spec already made 3201224 and 3201225. */
async function workingDay(app) {
  await app.api('updateSettings', { agentName: 'Joana Ribeiro' })
  const { results } = await app.api('search', { query: 'certificado digital ambientes' })
  const seedHit = results.find((h) => h.path === SEED) ?? results[0]
  const seed = await app.api('getArticle', { id: seedHit.id })
  const other = await articleWithSteps(app, 4, 2, [seed.id])
  assert.ok(other, 'some article with a checklist besides the seed')
  await recordTicket(
    app,
    { number: '3201187', requester: 'Paulo Lima', organization: 'Secretaria Exemplo' },
    seed,
    seed.steps.length,
    { close: true },
  )
  await recordTicket(
    app,
    { number: '3201198', requester: 'Ana Costa', organization: 'Instituto Exemplo' },
    other,
    1,
  )
  await recordTicket(
    app,
    { number: ACTIVE, requester: 'Maria Silva', organization: 'Ministério Exemplo' },
    seed,
    2,
    { note: 'ambiente de homologação identificado' },
  )
}

/** Each screen: how to reach it from a loaded page, and its screenshot name. */
const SCREENS = [
  {
    name: 'search',
    async show(app) {
      await app.page.goto(app.base + '#/')
      await app.page.reload()
      await app.page.waitForSelector('.topbar')
      await app.typeQuery('certificado digital ambientes')
      await app.page.locator('.preview-note').waitFor()
    },
  },
  {
    name: 'article',
    async show(app) {
      await app.hits.first().click()
      await app.title.waitFor()
      await app.page.locator('#checklist .done-at').nth(1).waitFor()
      await app.page.locator('#search-input').blur()
    },
  },
  {
    name: 'reply',
    async show(app) {
      await app.page.locator('#reply').scrollIntoViewIfNeeded()
      await app.page.locator('#reply .reply-text').waitFor()
    },
    clip: '#reply',
  },
  {
    name: 'help',
    async show(app) {
      await app.page.click('.help-button')
      await app.page.locator('[role="dialog"] .shortcuts').first().waitFor()
    },
    after: (app) => app.page.keyboard.press('Escape'),
  },
  {
    name: 'tickets',
    async show(app) {
      await app.page.goto(app.base + '#/tickets')
      await app.page.locator('#tickets-title').waitFor()
      await app.page.locator('.help-button').blur()
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
    name: 'settings-wide',
    viewport: { width: 1920, height: 1080 },
    async show(app) {
      await app.page.locator('#knowledge-title').waitFor()
      await app.page.waitForTimeout(150)
    },
  },
  {
    name: 'lookup',
    // The lookup window's own size.
    viewport: { width: 640, height: 480 },
    async show(app) {
      await app.page.goto(app.base + '#/lookup')
      await app.page.reload()
      await app.typeQuery('certificado digital ambientes')
      await app.page.locator('#reply .reply-text').waitFor()
    },
  },
]

/** Screenshots kept of the dark theme. */
const DARK_SHOTS = ['article', 'tickets', 'lookup']
const VIEWPORT = { width: 1366, height: 820 }

export const tests = [
  {
    name: 'no serious or critical axe violation on any screen, light and dark; screenshots',
    async run({ newPage, url }) {
      await mkdir(SHOTS, { recursive: true })
      const problems = []
      for (const theme of ['light', 'dark']) {
        // bypassCSP: axe-core is injected as an inline script, which the page's CSP rightly refuses.
        const page = await newPage({ viewport: VIEWPORT, bypassCSP: true })
        const app = new AppPage(page)
        await app.goto(url)
        app.base = page.url().replace(/#.*$/, '')
        await app.api('updateSettings', { theme })
        await workingDay(app)
        await page.evaluate((n) => localStorage.setItem('roteiro.activeTicket', n), ACTIVE)
        await page.reload()
        await page.waitForSelector('.topbar')
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme)
        await app.activeTicket.filter({ hasText: `#${ACTIVE}` }).waitFor()
        for (const screen of SCREENS) {
          await page.setViewportSize(screen.viewport ?? VIEWPORT)
          await screen.show(app)
          await page.waitForTimeout(150)
          for (const v of await axe(page))
            problems.push(`${theme}/${screen.name}: ${v.id} (${v.impact}) ${v.nodes.join(', ')}`)
          if (theme === 'light' || DARK_SHOTS.includes(screen.name)) {
            const path = resolve(SHOTS, `${screen.name}${theme === 'light' ? '' : '-dark'}.png`)
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
