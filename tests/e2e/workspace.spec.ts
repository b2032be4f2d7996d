// Each open ticket is a workspace of its own: its article, its checklist, where the agent was.
import { expect, test } from './fixtures'
import type { AppPage } from './pages/app-page'
import type { ArticlePage } from './pages/article-page'
import type { SearchPanel } from './pages/search-panel'
import type { TicketBar } from './pages/ticket-bar'
import { UI, say } from './support/messages'

type Ticket = { articles: string[]; requester: string; history: { type: string }[] }

/** A ticket number no other spec of this worker uses. */
const unique = (tag: string) => `${tag}-${Date.now().toString(36)}${Math.floor(Math.random() * 99)}`

/** Opens the first hit of `query` for work and returns its title. */
async function openFirst(search: SearchPanel, article: ArticlePage, query: string) {
  await search.input.focus()
  const tab = search.page.getByRole('tab', { name: UI.layout.tab.search })
  if (await tab.isVisible()) await tab.click()
  await search.type(query)
  await search.hits.first().click()
  await expect(article.previewNote).toBeHidden()
  return (await article.title.textContent())!.trim()
}

/**
 * Each ticket keeps its search. Checked where the search pane is on screen beside the article
 * (at 800×600 it is a tab of its own, and going to it would leave the article the test reads).
 */
async function expectSearch(search: SearchPanel, text: string) {
  if (await search.input.isVisible()) await expect(search.input).toHaveValue(text)
}

/** Done and total as the panel shows them, and as the bar shows them when it has room. */
async function counts(app: AppPage) {
  const numbers = (text: string | null) => (text ?? '').match(/\d+/g)?.map(Number) ?? []
  const panel = numbers(await app.page.getByTestId('checklist-progress').textContent())
  const bar = app.page.getByTestId('bar-progress')
  return { panel, bar: (await bar.isVisible()) ? numbers(await bar.textContent()) : panel }
}

test('two tickets with different articles, switched back and forth five times', async ({
  app,
  search,
  article,
  ticket,
}) => {
  const a = unique('WA')
  const b = unique('WB')
  // The agent opens each ticket, then finds its article: opening an article works on the
  // active ticket.
  await ticket.openWithMouse(a, 'Ana Andrade')
  const titleA = await openFirst(search, article, 'certificado digital ambientes')
  await article.showChecklist()
  await article.steps.first().check()
  await expect(article.doneMarks.first()).toBeVisible()

  await ticket.openWithMouse(b, 'Bruno Barros')
  await expect(article.title, 'the new ticket starts empty').toHaveCount(0)
  await expectSearch(search, '')
  const titleB = await openFirst(search, article, 'gearman fila parada')
  expect(titleB).not.toBe(titleA)

  for (let round = 0; round < 5; round++) {
    await ticket.switchTo(a)
    await expect(article.title).toHaveText(titleA)
    await expectSearch(search, 'certificado digital ambientes')
    await expect(ticket.active).toContainText('Ana Andrade')
    let c = await counts(app)
    expect(c.panel[0], 'A has its step done').toBe(1)
    expect(c.bar, 'bar and panel agree').toEqual(c.panel)

    await ticket.switchTo(b)
    await expect(article.title).toHaveText(titleB)
    await expectSearch(search, 'gearman fila parada')
    await expect(ticket.active).toContainText('Bruno Barros')
    c = await counts(app)
    expect(c.panel[0], 'B has nothing done').toBe(0)
    expect(c.bar, 'bar and panel agree').toEqual(c.panel)
  }
  const [ta, tb] = await Promise.all([
    app.api<Ticket>('getTicket', { number: a }),
    app.api<Ticket>('getTicket', { number: b }),
  ])
  expect(ta.articles).toHaveLength(1)
  expect(tb.articles).toHaveLength(1)
  expect(ta.articles[0]).not.toBe(tb.articles[0])
})

test('a new ticket with an article open starts empty unless the link is chosen', async ({
  app,
  search,
  article,
  ticket,
}) => {
  const number = unique('WN')
  await openFirst(search, article, 'certificado digital ambientes')
  await ticket.openWithMouse(number, 'Nina Nunes')
  const record = await app.api<Ticket>('getTicket', { number })
  expect(record.articles).toEqual([])
  expect(record.history.map((e) => e.type)).toEqual(['opened'])
  await expect(article.title).toHaveCount(0)
})

test('an existing number is offered to be opened, its details untouched', async ({
  app,
  ticket,
  page,
}) => {
  const number = unique('WE')
  await app.api('openTicket', { number, requester: 'Eva Elias', organization: 'Órgão E' })
  await ticket.newTicket.click()
  await page.getByLabel(UI.ticket.number, { exact: true }).fill(number)
  await page.getByLabel(UI.ticket.requester, { exact: true }).fill('Outra Pessoa')
  await page.getByRole('button', { name: UI.ticket.openSubmit }).click()
  await expect(page.getByTestId('ticket-exists')).toContainText(`#${number}`)
  await page.getByRole('button', { name: `#${number}` }).click()
  await ticket.activeIs(number).waitFor()
  const record = await app.api<Ticket>('getTicket', { number })
  expect(record.requester).toBe('Eva Elias')
  expect(record.history.map((e) => e.type)).toEqual(['opened'])
})

test('the arrow keys move through the switcher; only Enter changes the ticket', async ({
  app,
  ticket,
  page,
}) => {
  const first = unique('WK1')
  const second = unique('WK2')
  await app.api('openTicket', { number: first, requester: 'Primeiro' })
  await ticket.openWithMouse(second, 'Segundo')
  await ticket.switcher.focus()
  await page.keyboard.press('ArrowDown')
  await expect(ticket.switcherList).toBeFocused()
  for (const key of ['ArrowDown', 'ArrowUp', 'ArrowDown', 'End', 'Home']) {
    await page.keyboard.press(key)
    await expect(ticket.active, `${key} does not switch`).toContainText(`#${second}`)
  }
  // Home highlights the first option; move to the other ticket and choose it.
  const options = ticket.switcherList.getByRole('option')
  const names = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-ticket')))
  const target = names.indexOf(first)
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown')
  await expect(ticket.active).toContainText(`#${second}`)
  await page.keyboard.press('Enter')
  await ticket.activeIs(first).waitFor()
  await expect(ticket.switcher).toBeFocused()
})

test('closing says what happened, offers undo, and keeps the ticket on screen', async ({
  app,
  ticket,
  page,
}: {
  app: AppPage
  ticket: TicketBar
  page: AppPage['page']
}) => {
  const number = unique('WC')
  await ticket.openWithMouse(number, 'Clara Campos')
  await ticket.showActions()
  await ticket.bar.getByRole('button', { name: UI.ticket.close, exact: true }).click()
  const notice = page.locator('.notice-info').filter({ hasText: `#${number}` })
  await expect(notice).toBeVisible()
  await expect(ticket.active).toContainText(`#${number}`)
  await expect(ticket.active).toContainText(UI.ticket.closed)
  expect((await app.api<{ status: string }>('getTicket', { number })).status).toBe('closed')
  await notice.getByRole('button', { name: UI.ticket.undo }).click()
  await expect(ticket.active).not.toContainText(UI.ticket.closed)
  expect((await app.api<{ status: string }>('getTicket', { number })).status).toBe('open')

  // Closed again, then reopened from the bar.
  await ticket.showActions()
  await ticket.bar.getByRole('button', { name: UI.ticket.close, exact: true }).click()
  await expect(ticket.active).toContainText(UI.ticket.closed)
  await ticket.showActions()
  await ticket.bar.getByRole('button', { name: UI.ticket.reopen }).click()
  await expect(ticket.active).not.toContainText(UI.ticket.closed)
  expect((await app.api<{ status: string }>('getTicket', { number })).status).toBe('open')
})

test('opening an article links it to the active ticket and says so, with an undo', async ({
  app,
  search,
  article,
  ticket,
  page,
}) => {
  const number = unique('WL')
  await ticket.openWithMouse(number, 'Lia Lopes')
  const title = await openFirst(search, article, 'status 6 destino não encontra')
  const notice = page
    .locator('.notice-info')
    .filter({ hasText: say(UI.ticket.linkedNotice, { number }) })
  await expect(notice).toBeVisible()
  const linked = await app.api<Ticket>('getTicket', { number })
  expect(linked.articles).toHaveLength(1)

  // The agent was looking up the next ticket's article: the link is taken back, the article stays.
  await notice.getByRole('button', { name: UI.ticket.undo }).click()
  await expect
    .poll(async () => (await app.api<Ticket>('getTicket', { number })).articles)
    .toEqual([])
  await expect(article.title).toHaveText(title)
  const history = (await app.api<Ticket>('getTicket', { number })).history.map((e) => e.type)
  expect(history).toEqual(['opened', 'article-linked', 'article-unlinked'])

  // The checklist says so, and links it again on request, long after the notice is gone.
  await article.showChecklist()
  const state = page.getByTestId('link-state')
  await expect(state).toContainText(say(UI.checklist.notLinked, { number }))
  await state.getByRole('button', { name: say(UI.checklist.linkLong, { number }) }).click()
  await expect(state).toContainText(say(UI.checklist.linked, { number }))
  await expect
    .poll(async () => (await app.api<Ticket>('getTicket', { number })).articles)
    .toHaveLength(1)
  await state.getByRole('button', { name: say(UI.checklist.unlinkLong, { number }) }).click()
  await expect
    .poll(async () => (await app.api<Ticket>('getTicket', { number })).articles)
    .toEqual([])
})
