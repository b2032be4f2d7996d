// Replies with several templates on the real knowledge base: the agent picks one, and only that
// one (one greeting, one body, one closing, no template label) reaches the clipboard.
import { expect, test } from './fixtures'
import type { ArticlePage } from './pages/article-page'
import type { SearchPanel } from './pages/search-panel'

const STATUS_5 = 'Scripts_Atendimento/Tramita_GOV_BR/Processo_parado_no_Status_5.rst'
const LOST_PASSWORD =
  'Scripts_Atendimento/Protocolo_Integrado/O_USUARIO_PERDEU_OU_ESQUECEU_A_SENHA_DE_ACESSO_AO_MODULO_DO_PROTOCOLO_INTEGRADO_E_SOLICITOU_UMA_NOVA.rst'

async function openArticle(search: SearchPanel, article: ArticlePage, query: string, path: string) {
  await search.type(query)
  const rank = await search.rankOf(path)
  expect(rank, `${path} is among the results for "${query}"`).toBeGreaterThanOrEqual(0)
  await search.hits.nth(rank).click()
  await article.title.waitFor()
  // In a narrower window the reply shares a tab with the checklist.
  await article.showChecklist()
}

/** One greeting, one closing, none of the templates' labels. */
function expectOneReply(text: string, labels: string[]): void {
  expect(text.match(/Prezad[oa]/gu), 'one greeting').toHaveLength(1)
  expect(text.match(/Atenciosamente/gu), 'one closing').toHaveLength(1)
  for (const label of labels) expect(text, `no "${label}" label`).not.toContain(label)
}

test('Processo parado no Status 5: Remetente and Destinatário copy one reply each', async ({
  app,
  search,
  article,
  ticket,
  clipboard,
}) => {
  await ticket.openWithMouse('5500001', 'Joana Prado')
  await openArticle(search, article, 'processo parado no status 5', STATUS_5)
  // Both cases are branches: the panel says why they are not in its count yet.
  await expect(article.checklist.locator('.progress-hint')).toBeVisible()
  const radios = article.replyVariants.getByRole('radio')
  await expect(radios).toHaveCount(2)
  const remetente = article.replyVariants.getByRole('radio', { name: /Remetente/u })
  const destinatario = article.replyVariants.getByRole('radio', { name: /Destinatário/u })
  const labels = ['Modelo resposta para o Remetente', 'Modelo resposta para o Destinatário']

  await destinatario.check()
  await expect(article.replyText).toContainText('Nossa recomendação é que entre em contato')
  await article.copyReply.click()
  await app.replyCopied.waitFor()
  const toRecipient = await clipboard.read()
  expectOneReply(toRecipient, labels)
  expect(toRecipient).toContain('Joana Prado')
  expect(toRecipient).not.toContain('script de monitoramento')

  await remetente.check()
  await expect(article.replyText).toContainText('script de monitoramento')
  await article.copyReply.click()
  await expect.poll(() => clipboard.read()).not.toBe(toRecipient)
  const toSender = await clipboard.read()
  expectOneReply(toSender, labels)
  expect(toSender).not.toContain('Nossa recomendação é que entre em contato')

  // The choice is remembered on the ticket.
  await app.page.reload()
  await article.title.waitFor()
  await article.showChecklist()
  await expect(remetente).toBeChecked()
})

test('lost Protocolo Integrado password: Resposta 01 and Resposta 02 copy one reply each', async ({
  app,
  search,
  article,
  ticket,
  clipboard,
}) => {
  // The ticket first: this reply has its own "Número do chamado" field beside the form's.
  await ticket.openWithMouse('5500002', 'Rui Campos')
  await openArticle(search, article, 'perdeu a senha protocolo integrado', LOST_PASSWORD)
  await expect(article.replyVariants.getByRole('radio')).toHaveCount(2)
  const first = article.replyVariants.getByRole('radio', { name: /^Resposta 01/u })
  const second = article.replyVariants.getByRole('radio', { name: /^Resposta 02/u })
  const labels = ['Resposta 01', 'Resposta 02']

  await expect(first).toBeChecked()
  await article.copyReply.click()
  await app.replyCopied.waitFor()
  const waiting = await clipboard.read()
  expectOneReply(waiting, labels)
  expect(waiting).toContain('pedimos que aguarde')
  expect(waiting).toContain('5500002')

  await second.check()
  await expect(article.replyText).toContainText('foi gerada e enviada ao seu e-mail')
  await article.copyReply.click()
  await expect.poll(() => clipboard.read()).not.toBe(waiting)
  const sent = await clipboard.read()
  expectOneReply(sent, labels)
  expect(sent).not.toContain('pedimos que aguarde')
})
