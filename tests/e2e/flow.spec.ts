// The agent's flow on the real knowledge base, once with the mouse and once with the keyboard only.
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import type { AppPage } from './pages/app-page'
import type { ArticlePage } from './pages/article-page'
import type { TicketBar } from './pages/ticket-bar'

const SEED =
  'Scripts_Atendimento/Tramita_GOV_BR/Ambientes_diferentes_utilizando_o_mesmo_certificado_digital.rst'
const QUERY = 'status 6 destino não encontra'

type Recorded = { number: string; requester: string; labels: string[]; note: string; md: string }

/** Checks what the export and a reload must still show for the two steps checked. */
async function checkRecorded(
  { app, article, ticket }: { app: AppPage; article: ArticlePage; ticket: TicketBar },
  { number, requester, labels, note, md }: Recorded,
): Promise<void> {
  expect(md).toContain(number)
  for (const label of labels.slice(0, 2)) {
    const line = md.split('\n').find((l) => l.includes(label.slice(0, 40)))
    expect(line, `export lists the step "${label.slice(0, 40)}"`).toBeTruthy()
    expect(line, 'the step is checked in the export').toMatch(/\[x\]/)
  }
  expect(md, 'export carries the note').toContain(note)

  await app.page.reload()
  await article.title.waitFor()
  await ticket.activeIs(number).waitFor()
  await article.showChecklist()
  await expect(article.steps.nth(0)).toBeChecked()
  await expect(article.steps.nth(1)).toBeChecked()
  await expect(article.note(2)).toHaveValue(note)
  await expect(ticket.active).toContainText(requester)
}

test('search → seed article → ticket → steps → copy → export → reload (mouse)', async ({
  app,
  search,
  article,
  ticket,
  clipboard,
  page,
}) => {
  expect(await app.focusedId()).toBe('search-input')
  expect(page.url(), 'token removed from the visible URL').not.toContain('token=')
  await search.type(QUERY)
  const rank = await search.rankOf(SEED)
  expect(rank, 'the seed article is among the results').toBeGreaterThanOrEqual(0)
  await search.hits.nth(rank).click()
  await article.title.waitFor()
  await ticket.openWithMouse('3201224', 'Maria Silva', 'Ministério Exemplo', { linkArticle: true })
  await article.showChecklist()
  const labels = await article.stepLabels()
  expect(labels.length, 'the seed article has at least two steps').toBeGreaterThanOrEqual(2)
  await article.steps.nth(0).check()
  await article.steps.nth(1).check()
  const note = 'ambiente de homologação identificado'
  await article.note(2).fill(note)
  await article.note(2).blur()
  await article.doneMarks.nth(1).waitFor()
  await page.waitForTimeout(200)

  await article.copyReply.click()
  await app.replyCopied.waitFor()
  expect(await clipboard.read(), 'the copied reply greets Maria Silva').toMatch(/Maria Silva/)

  const md = await ticket.exportActive('md')
  await checkRecorded(
    { app, article, ticket },
    { number: '3201224', requester: 'Maria Silva', labels, note, md },
  )
  expect(rank, `the seed article comes first (it is #${rank + 1}: search ranking)`).toBe(0)
})

test('the same flow with the keyboard only', async ({
  app,
  search,
  article,
  ticket,
  clipboard,
  page,
}) => {
  await page.keyboard.type(QUERY)
  await search.waitForResults(QUERY)
  const rank = await search.rankOf(SEED)
  expect(rank, 'the seed article is among the results').toBeGreaterThanOrEqual(0)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  for (let i = 0; i < rank; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await article.title.waitFor()
  expect(await app.focusedId()).toBe('article-title')

  await page.keyboard.press('Alt+N')
  await expect.poll(() => app.focusedId()).toBe('ticket-number')
  await page.keyboard.type('3201225')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Carlos Souza')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Secretaria Exemplo')
  // A new ticket starts empty unless the agent links the article on screen.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  await ticket.activeIs('3201225').waitFor()
  await expect(ticket.newTicket, 'the form gives focus back to its button').toBeFocused()

  const labels = await article.stepLabels()
  await page.keyboard.press('Alt+L')
  await expect(article.steps.first()).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  const note = 'feito pelo teclado'
  await page.keyboard.type(note)
  await page.keyboard.press('Tab')
  await article.doneMarks.nth(1).waitFor()
  await page.waitForTimeout(200)

  await page.keyboard.press('Control+Shift+C')
  await app.replyCopied.waitFor()
  expect(await clipboard.read()).toMatch(/Carlos Souza/)

  // ? opens the shortcuts from outside a text field; Esc closes and gives focus back.
  await article.steps.first().focus()
  await page.keyboard.press('?')
  await expect(app.helpDialog).toBeVisible()
  expect(
    await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')),
    'focus moves into the help dialog',
  ).toBe(true)
  await page.keyboard.press('Escape')
  await expect(app.helpDialog).toBeHidden()
  await expect(article.steps.first(), 'Esc gives focus back').toBeFocused()

  // Alt+E exports at once, in the format shown (Markdown unless another was chosen).
  await expect(ticket.exportFormat).toHaveValue('md')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Alt+E'),
  ])
  const md = await readFile(await download.path(), 'utf8')
  await checkRecorded(
    { app, article, ticket },
    { number: '3201225', requester: 'Carlos Souza', labels, note, md },
  )
  expect(rank, `the seed article comes first (it is #${rank + 1}: search ranking)`).toBe(0)
})
