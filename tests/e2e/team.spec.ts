// Team mode end to end: two agents' tickets replicated through a CouchDB-compatible server
// (pouchdb-server, started here), a supervisor's data folder synced from it, and the supervisor
// view in browser mode checked against those tickets: the charts' numbers, the CSV, and what it
// says when the server is gone. Screenshots in both themes (docs/screenshots with
// ROTEIRO_SCREENSHOTS=docs).
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { closeTicket, createTicket, recordStep } from '../../src/core/tickets/model'
import type { Ticket } from '../../src/core/tickets/types'
import { handOff } from '../../src/core/team/handoff'
import { fileVault } from '../../src/node/team/password'
import { syncRound } from '../../src/node/team/sync-round'
import { startTestServer, type TestServer } from '../../src/node/team/testing/test-server'
import { TicketStore } from '../../src/node/tickets/ticket-store'
import { seriousViolations } from './support/axe'
import { browserModeUnavailable, IN_CI } from './support/env'
import { startBrowserMode, type BrowserMode } from './support/server'

/** Serious or critical axe-core violations on the page as it is now, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  return (await seriousViolations(page)).map((v) => `${v.id}: ${v.nodes.join(', ')}`)
}

const SHOTS =
  process.env.ROTEIRO_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots'
const at = (iso: string) => () => new Date(iso)
const step = (t: Ticket, key: string, iso: string) =>
  recordStep(
    t,
    { articleId: 'acesso-sei', stepKey: key, label: `Passo ${key}`, done: true },
    at(iso),
  )

/** ana opens T1 (1 Apr, closes it 2 h later, s1 checked) and T3 (3 Apr, open, handed to bia). */
async function anaWork(store: TicketStore): Promise<void> {
  let t1 = createTicket({ number: 'E2E-1', articleIds: ['acesso-sei'] }, at('2026-04-01T10:00:00Z'))
  t1 = closeTicket(step(t1, 's1', '2026-04-01T11:00:00Z'), at('2026-04-01T12:00:00Z'))
  let t3 = createTicket({ number: 'E2E-3', articleIds: ['nup'] }, at('2026-04-03T08:00:00Z'))
  t3 = handOff(t3, { from: 'ana', to: 'bia', note: 'segue' }, at('2026-04-03T08:30:00Z'))
  await store.save(t1)
  await store.save(t3)
}

/** bia opens T2 (2 Apr) and closes it 30 h later with s1 left unchecked. */
async function biaWork(store: TicketStore): Promise<void> {
  let t2 = createTicket({ number: 'E2E-2', articleIds: ['acesso-sei'] }, at('2026-04-02T09:00:00Z'))
  t2 = recordStep(
    t2,
    { articleId: 'acesso-sei', stepKey: 's1', label: 'Passo s1', done: false },
    at('2026-04-02T10:00:00Z'),
  )
  await store.save(closeTicket(t2, at('2026-04-03T15:00:00Z')))
}

const test = base.extend<object, { team: { server: TestServer; browser: BrowserMode } }>({
  team: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from the pattern
    async ({}, use) => {
      const server = await startTestServer()
      for (const user of ['ana', 'bia', 'sara']) await server.addUser(user, `senha-${user}`)
      for (const [user, work] of [
        ['ana', anaWork],
        ['bia', biaWork],
      ] as const) {
        const dir = await mkdtemp(join(tmpdir(), `roteiro-e2e-team-${user}-`))
        const store = await TicketStore.open(dir, { fsync: false })
        await work(store)
        const outcome = await syncRound({
          dataDir: dir,
          server: server.dbUrl,
          user,
          password: `senha-${user}`,
          store,
        })
        if (!outcome.ok) throw new Error(`sync of ${user} failed: ${outcome.error.code}`)
      }
      // The supervisor's data folder: team mode on, password in the 0600 file of browser mode.
      const dataDir = await mkdtemp(join(tmpdir(), 'roteiro-e2e-team-sara-'))
      await mkdir(dataDir, { recursive: true })
      await writeFile(
        join(dataDir, 'config.json'),
        JSON.stringify({ teamEnabled: true, teamServer: server.dbUrl, teamUser: 'sara' }),
      )
      await fileVault(dataDir).write('senha-sara')
      const first = await syncRound({
        dataDir,
        server: server.dbUrl,
        user: 'sara',
        password: 'senha-sara',
      })
      if (!first.ok) throw new Error(`sync of sara failed: ${first.error.code}`)
      const browser = await startBrowserMode({ dataDir })
      await use({ server, browser })
      await browser.stop()
      await server.stop()
    },
    { scope: 'worker', timeout: 240_000 },
  ],
})

// bypassCSP: axe-core is injected as an inline script, which the page's CSP rightly refuses.
test.use({ bypassCSP: true })

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from the pattern
test.beforeEach(({}, testInfo) => {
  const reason = browserModeUnavailable()
  if (reason && IN_CI) throw new Error(`${reason} (required in CI)`)
  testInfo.skip(!!reason, reason ?? '')
})

test('the supervisor view shows the replicated numbers, exports them, and says when it is offline', async ({
  page,
  team,
}) => {
  await page.goto(team.browser.url)
  await page.getByRole('navigation').getByRole('link', { name: 'Equipe' }).click()
  const supervisor = page.getByTestId('supervisor')
  await supervisor.getByLabel('De').fill('2026-04-01')
  await supervisor.getByLabel('Até').fill('2026-04-03')
  await supervisor.getByRole('button', { name: 'Atualizar' }).click()
  await expect(supervisor.getByText('3 chamados da equipe replicados')).toBeVisible()

  const opened = page.getByTestId('chart-opened')
  await expect(opened.locator('tr[data-series="ana"] td')).toHaveText(['1', '0', '1', '2'])
  await expect(opened.locator('tr[data-series="bia"] td')).toHaveText(['0', '1', '0', '1'])
  const closed = page.getByTestId('chart-closed')
  await expect(closed.locator('tr[data-series="ana"] td')).toHaveText(['1', '0', '0', '1'])
  await expect(closed.locator('tr[data-series="bia"] td')).toHaveText(['0', '0', '1', '1'])
  await expect(page.getByTestId('time-summary')).toContainText(
    'Mediana: 2 h · p90: 30 h · 2 encerrados',
  )
  const articles = page.getByTestId('chart-articles').locator('li')
  await expect(articles).toHaveCount(2)
  await expect(articles.first()).toHaveAttribute('data-value', '2')
  const unchecked = page.getByTestId('chart-unchecked').locator('li')
  await expect(unchecked).toHaveCount(1)
  await expect(unchecked.first()).toContainText('Passo s1')
  await expect(unchecked.first()).toHaveAttribute('data-value', '1')
  await expect(page.getByTestId('supervisor-offline')).toHaveCount(0)

  const download = page.waitForEvent('download')
  await supervisor.getByRole('button', { name: 'Exportar CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('equipe_2026-04-01_2026-04-03.csv')

  // Readable in both themes: no serious axe finding (contrast included), and the pictures.
  expect(await axeProblems(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/team.png`, fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeProblems(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/team-dark.png`, fullPage: true })
  await page.emulateMedia({ colorScheme: 'light' })

  // The server goes away: the view keeps the last replicated numbers and says so.
  await team.server.stop()
  await page.getByRole('button', { name: 'Sincronizar agora' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'inacessível' })).toBeVisible()
  await expect(page.getByTestId('supervisor-offline')).toContainText(
    'mostrando o que foi replicado por último',
  )
  await expect(closed.locator('tr[data-series="bia"] td')).toHaveText(['0', '0', '1', '1'])
})
