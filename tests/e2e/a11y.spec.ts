// axe-core on every screen, in the project's theme (the a11y-light and a11y-dark projects), and
// the screenshots. Each worker has its own data folder, so the spec first records, through the
// API, the working day the screenshots show: ticket 3201224 for Maria Silva active with two steps
// done, and a few other tickets on record.
import { mkdir } from 'node:fs/promises'
import type { Locator } from '@playwright/test'
import { resolve } from 'node:path'
import { expect, test, type Theme } from './fixtures'
import type { AppPage } from './pages/app-page'
import type { ArticlePage } from './pages/article-page'
import type { SearchPanel } from './pages/search-panel'
import { seriousViolations } from './support/axe'
import { ROOT } from './support/env'
import { UI } from './support/messages'

// Screenshots go to test-results/ on every run; ROTEIRO_SCREENSHOTS=docs (npm run screenshots)
// refreshes the ones the README shows (docs/screenshots), so a test run leaves the tree clean.
const SHOTS = resolve(
  ROOT,
  process.env.ROTEIRO_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots',
)
const SEED =
  'Scripts_Atendimento/Tramita_GOV_BR/Ambientes_diferentes_utilizando_o_mesmo_certificado_digital.rst'
const ACTIVE = '3201224'
/** Screenshots kept of the dark theme. */
const DARK_SHOTS = ['article', 'tickets', 'lookup']
const VIEWPORT = { width: 1366, height: 820 }

type Step = { key: string }
type ArticleView = { id: string; steps: Step[] }
type Hit = { id: string; path: string }
type Ticket = { number: string; requester: string; organization: string }

/** Finds an article with `steps` checklist steps (or at least `min`) among a few searches. */
async function articleWithSteps(app: AppPage, steps: number, min: number, avoid: string[]) {
  let fallback: ArticleView | null = null
  for (const query of ['processo tramitação', 'sei usuário', 'protocolo recebimento', 'nup']) {
    const { results } = await app.api<{ results: Hit[] }>('search', { query, limit: 15 })
    for (const hit of results) {
      if (avoid.includes(hit.id)) continue
      const view = await app.api<ArticleView>('getArticle', { id: hit.id })
      if (view.steps.length === steps) return view
      if (!fallback && view.steps.length >= min) fallback = view
    }
  }
  return fallback
}

/** Opens a ticket on `article` with its first `done` steps checked; closed when asked. */
async function recordTicket(
  app: AppPage,
  ticket: Ticket,
  article: ArticleView,
  done: number,
  { note, close }: { note?: string; close?: boolean } = {},
): Promise<void> {
  if (await app.api('getTicket', { number: ticket.number })) return
  const number = ticket.number
  await app.api('openTicket', ticket)
  await app.api('linkArticle', { number, articleId: article.id })
  for (const step of article.steps.slice(0, done))
    await app.api('setStep', { number, articleId: article.id, stepKey: step.key, done: true })
  if (note)
    await app.api('setStepNote', {
      number,
      articleId: article.id,
      stepKey: article.steps[done - 1].key,
      note,
    })
  if (close) await app.api('closeTicket', { number })
}

/** The state an agent has mid-morning, the active ticket recorded last. */
async function workingDay(app: AppPage): Promise<void> {
  await app.api('updateSettings', { agentName: 'Joana Ribeiro' })
  const { results } = await app.api<{ results: Hit[] }>('search', {
    query: 'certificado digital ambientes',
  })
  const seedHit = results.find((h) => h.path === SEED) ?? results[0]
  const seed = await app.api<ArticleView>('getArticle', { id: seedHit.id })
  const other = await articleWithSteps(app, 4, 2, [seed.id])
  expect(other, 'some article with a checklist besides the seed').toBeTruthy()
  const tickets: [Ticket, ArticleView, number, { note?: string; close?: boolean }][] = [
    [
      { number: '3201187', requester: 'Paulo Lima', organization: 'Secretaria Exemplo' },
      seed,
      seed.steps.length,
      { close: true },
    ],
    [
      { number: '3201198', requester: 'Ana Costa', organization: 'Instituto Exemplo' },
      other!,
      1,
      {},
    ],
    [
      { number: '3201225', requester: 'Carlos Souza', organization: 'Secretaria Exemplo' },
      seed,
      2,
      { note: 'feito pelo teclado' },
    ],
    [
      { number: ACTIVE, requester: 'Maria Silva', organization: 'Ministério Exemplo' },
      seed,
      2,
      { note: 'ambiente de homologação identificado' },
    ],
  ]
  for (const [ticket, article, done, options] of tickets)
    await recordTicket(app, ticket, article, done, options)
}

type Screen = {
  name: string
  viewport?: { width: number; height: number }
  show: (p: { app: AppPage; search: SearchPanel; article: ArticlePage }) => Promise<void>
  after?: (app: AppPage) => Promise<void>
  /** Screenshot of this region only. */
  clip?: (article: ArticlePage) => Locator
}

/** Each screen: how to reach it from a loaded page, and its screenshot name. */
const SCREENS: Screen[] = [
  {
    name: 'search',
    async show({ app, search, article }) {
      await app.go('#/', { reload: true })
      await app.navigation.waitFor()
      await search.type('certificado digital ambientes')
      await article.previewNote.waitFor()
    },
  },
  {
    name: 'article',
    async show({ search, article }) {
      await search.hits.first().click()
      await article.title.waitFor()
      await article.doneMarks.nth(1).waitFor()
      await search.input.blur()
    },
  },
  {
    name: 'reply',
    async show({ article }) {
      await article.reply.scrollIntoViewIfNeeded()
      await article.replyText.waitFor()
    },
    clip: (article) => article.reply,
  },
  {
    name: 'help',
    async show({ app }) {
      await app.helpButton.click()
      await app.helpDialog.waitFor()
    },
    after: (app) => app.page.keyboard.press('Escape'),
  },
  {
    name: 'tickets',
    async show({ app }) {
      await app.go('#/tickets')
      await app.page.getByRole('heading', { name: UI.ticket.recent, level: 1 }).waitFor()
      await app.helpButton.blur()
    },
  },
  {
    name: 'settings',
    async show({ app }) {
      await app.go('#/settings')
      await app.page.getByRole('heading', { name: UI.settings.knowledge }).waitFor()
      await app.page.waitForTimeout(300)
    },
  },
  {
    name: 'settings-wide',
    viewport: { width: 1920, height: 1080 },
    async show({ app }) {
      await app.page.getByRole('heading', { name: UI.settings.knowledge }).waitFor()
      await app.page.waitForTimeout(150)
    },
  },
  {
    name: 'lookup',
    // The lookup window's own size.
    viewport: { width: 640, height: 480 },
    async show({ app, search, article }) {
      await app.go('#/lookup', { reload: true })
      await search.type('certificado digital ambientes')
      await article.replyText.waitFor()
    },
  },
]

// bypassCSP: axe-core is injected as an inline script, which the page's CSP rightly refuses.
test.use({ bypassCSP: true, viewport: VIEWPORT })

test('no serious or critical axe violation on any screen; screenshots', async ({
  app,
  search,
  article,
  ticket,
  page,
  theme,
}) => {
  await mkdir(SHOTS, { recursive: true })
  await app.api('updateSettings', { theme })
  await workingDay(app)
  await page.evaluate((n) => localStorage.setItem('roteiro.activeTicket', n), ACTIVE)
  await page.reload()
  await app.navigation.waitFor()
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
  await ticket.activeIs(ACTIVE).waitFor()
  const problems: string[] = []
  for (const screen of SCREENS) {
    await page.setViewportSize(screen.viewport ?? VIEWPORT)
    await screen.show({ app, search, article })
    await page.waitForTimeout(150)
    for (const v of await seriousViolations(app.page))
      problems.push(`${theme}/${screen.name}: ${v.id} (${v.impact}) ${v.nodes.join(', ')}`)
    if (theme === 'light' || DARK_SHOTS.includes(screen.name)) {
      const path = resolve(SHOTS, `${screen.name}${suffix(theme)}.png`)
      if (screen.clip) await screen.clip(article).screenshot({ path })
      else await page.screenshot({ path })
    }
    await screen.after?.(app)
  }
  expect(problems, problems.join('\n')).toEqual([])
})

function suffix(theme: Theme): string {
  return theme === 'light' ? '' : '-dark'
}
