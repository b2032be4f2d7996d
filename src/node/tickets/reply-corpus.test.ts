/** fillReply and checklists on the real knowledge base (skipped, with the reason, without it). */
import { describe, expect, it } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import { checklistView } from '../../core/tickets/checklist'
import { createTicket, setStep } from '../../core/tickets/model'
import { fillReply } from '../../core/tickets/reply'
import { loadKnowledgeBase } from '../knowledge'

const corpus = corpusDir()
if (corpus.missing) console.info(`skipping corpus reply tests: ${corpus.missing}`)
const SEED =
  'Scripts_Atendimento/Tramita_GOV_BR/Ambientes_diferentes_utilizando_o_mesmo_certificado_digital.rst'
const settings = {
  agentName: 'Agente Teste',
  signature: '',
  greeting: 'Prezado(a)',
  closing: 'Atenciosamente,',
}
const now = () => new Date('2026-11-26T13:32:00Z')

describe.skipIf(!corpus.dir)('tickets on the real knowledge base', () => {
  it('fills the seed reply with the name, keeps its links, and never offers a stub', async () => {
    const kb = await loadKnowledgeBase([corpus.dir!])
    const seed = kb.articles.find((a) => a.path === SEED)!
    expect(seed.reply.status).toBe('ready')
    let ticket = createTicket({ number: '3201224', requester: 'Maria Silva' }, now)
    ticket = setStep(ticket, seed, { stepKey: seed.steps[0].key, done: true }, now)
    const view = fillReply({ article: seed, ticket, settings })
    expect(view.text).toMatch(/^Prezado\(a\) Maria Silva,/)
    expect(view.html).toContain('href="https://wiki.processoeletronico.gov.br/')
    expect(view.html).not.toMatch(/<script/i)
    // The exception path is a branch not taken: it stays out of the total.
    const onBranch = seed.steps.filter((s) => s.condition || s.kind === 'branch').length
    expect(onBranch).toBeGreaterThan(0)
    expect(checklistView(ticket, seed)).toMatchObject({
      done: 1,
      total: seed.steps.length - onBranch,
    })
    const stubs = kb.articles.filter((a) => a.reply.status !== 'ready')
    expect(stubs.length).toBeGreaterThan(0)
    for (const article of stubs) {
      const stub = fillReply({ article, ticket, settings })
      expect(stub.notice).toMatch(/modelo de resposta/)
      expect(stub.text).toBe('Prezado(a) Maria Silva,\n\nAtenciosamente,\nAgente Teste')
    }
    // every ready reply of the corpus fills without throwing and renders no script
    for (const article of kb.articles.filter((a) => a.reply.status === 'ready')) {
      const filled = fillReply({ article, ticket, settings })
      expect(filled.html).not.toMatch(/<script/i)
    }
  }, 60_000)

  it('splits replies with several templates and fills one at a time', async () => {
    const kb = await loadKnowledgeBase([corpus.dir!])
    const find = (part: string) => kb.articles.find((a) => a.path.includes(part) && !a.superseded)!
    const cases = [
      {
        article: find('Tramita_GOV_BR/Processo_parado_no_Status_5.rst'),
        labels: [/Remetente/u, /Destinatário/u],
      },
      {
        article: find('O_USUARIO_PERDEU_OU_ESQUECEU_A_SENHA'),
        labels: [/^Resposta 01$/u, /^Resposta 02 \(/u],
      },
    ]
    const ticket = createTicket({ number: '3201224', requester: 'Maria Silva' }, now)
    for (const { article, labels } of cases) {
      expect(article.reply.variants.map((v) => v.label)).toEqual([
        expect.stringMatching(labels[0]),
        expect.stringMatching(labels[1]),
      ])
      const texts = [0, 1].map((variant) => fillReply({ article, ticket, settings, variant }).text)
      for (const [i, text] of texts.entries()) {
        expect(text.match(/Prezad[oa]/gu)).toHaveLength(1)
        expect(text.match(/Atenciosamente/gu)).toHaveLength(1)
        expect(text).toContain('Maria Silva')
        for (const label of article.reply.variants.map((v) => v.label))
          expect(text).not.toContain(label)
        expect(text).not.toBe(texts[1 - i])
      }
    }
  })
})
