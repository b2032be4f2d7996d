import { beforeAll, describe, expect, it } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import type { KnowledgeBase } from '../../core/knowledge/types'
import { resolveWikiUrl } from '../../core/knowledge/wiki'
import { loadKnowledgeBase } from './load'

const corpus = corpusDir()
if (corpus.missing) console.warn(`skipping knowledge corpus tests: ${corpus.missing}`)

const SEED =
  'Scripts_Atendimento/Tramita_GOV_BR/Ambientes_diferentes_utilizando_o_mesmo_certificado_digital.rst'
const NNBSP_FILE =
  'Scripts_Atendimento/Protocolo_Integrado/O_ORGAO_NAO_ESTA_SENDO_NOTIFICADO_SOBRE_FALHAS_NO_ENVIO_DOS_METADADOS_DO_SEI.rst'

describe.skipIf(!corpus.dir)('knowledge model on the real corpus', () => {
  let kb: KnowledgeBase
  const byPath = (path: string) => kb.articles.filter((a) => a.path === path)

  beforeAll(async () => {
    kb = await loadKnowledgeBase([corpus.dir as string])
  })

  it('reads every file and finds 104 scripts (101 in the 2023 template, 3 in the 2025 one)', () => {
    expect(kb.files).toBe(574)
    const scripts = kb.articles.filter((a) => a.kind === 'script')
    expect(scripts).toHaveLength(104)
    expect(scripts.filter((a) => a.template === '2023')).toHaveLength(101)
    expect(scripts.filter((a) => a.template === '2025')).toHaveLength(3)
    expect(new Set(kb.articles.map((a) => a.id)).size).toBe(kb.articles.length)
  })

  it('reads the seed article', () => {
    const [seed] = byPath(SEED)
    expect(seed.id).toBe(`${kb.roots[0].name}/${SEED}`)
    expect(seed).toMatchObject({
      kind: 'script',
      template: '2023',
      product: 'tramita',
      date: '2024-08-29',
      version: 2,
      title: 'Ambientes diferentes utilizando o mesmo certificado digital',
      responsibility: 'Atendente N2',
      superseded: false,
    })
    expect(seed.keywords).toEqual([
      'Certificado digital',
      'status 6',
      'Processo não recebido',
      'Ambientes concorrentes',
    ])
    expect(seed.reply.status).toBe('ready')
    expect(seed.reply.fields.map((f) => f.kind)).toContain('salutation')
    expect(seed.steps.length).toBeGreaterThanOrEqual(3)
    expect(new Set(seed.steps.map((s) => s.key)).size).toBe(seed.steps.length)
  })

  it('marks the stub reply as a placeholder', () => {
    const [article] = byPath('Scripts_Atendimento/Tramita_GOV_BR/Desbloquear_Processo.rst')
    expect(article.reply.status).toBe('placeholder')
    expect(kb.problems.some((p) => p.path === article.path && p.code === 'stub-reply')).toBe(true)
  })

  it('recognizes headings ending in NNBSP and finds the fill-in fields', () => {
    const [article] = byPath(NNBSP_FILE)
    expect(article.sections.map((s) => s.role)).toEqual([
      'situation',
      'when',
      'solution',
      'reply',
      'responsibility',
      'profile',
      'keywords',
      'references',
    ])
    expect(article.reply.fields.map((f) => [f.kind, f.token])).toEqual([
      ['salutation', 'Prezado(a) senhor(a)'],
      ['requester', '(inserir aqui nome do usuário)'],
      ['ticket', '________'],
      ['agent', '(Nome do atendente)'],
    ])
    expect(kb.problems.some((p) => p.path === NNBSP_FILE && p.code === 'missing-role')).toBe(false)
  })

  it('reads the 23 superseded scripts of superados/Tramita.GOV.BR.rst', () => {
    const articles = byPath('superados/Tramita.GOV.BR.rst')
    expect(articles).toHaveLength(23)
    expect(articles.every((a) => a.superseded && a.kind === 'script' && a.id.includes('#'))).toBe(
      true,
    )
    const linked = articles.filter((a) => a.supersededBy)
    // Every one of them has a current script under Scripts_Atendimento/Tramita_GOV_BR.
    expect(linked).toHaveLength(23)
    for (const a of linked) expect(kb.byId.get(a.supersededBy as string)?.superseded).toBe(false)
  })

  it('links the V1 in Revisados/ to the newer V2', () => {
    const v1 = byPath(
      'Scripts_Atendimento/Sistema_Eletronico_de_Informação_SEI/Revisados/SOLICITACAO_DE_SUPORTE_TECNICO_A_VERSOES_DO_SEI_ANTERIORES_A_4.0 .rst',
    )[0]
    expect(v1.superseded).toBe(true)
    expect(kb.byId.get(v1.supersededBy as string)?.version).toBe(2)
  })

  it('reads FAQ questions as articles and resolves wiki links to them', () => {
    const faqs = kb.articles.filter((a) => a.kind === 'faq')
    expect(faqs.length).toBeGreaterThan(50)
    const url =
      'https://wiki.processoeletronico.gov.br/pt-br/latest/Tramita_GOV_BR/Perguntas_frequentes/Ambientes_de_Homologacao_e_de%20_Producao.html#cada-ambiente-possui-seu-proprio-certificado-digital'
    const target = resolveWikiUrl(kb, url)
    expect(target?.articleId).toMatch(
      /Ambientes_de_Homologacao_e_de _Producao\.rst#cada-ambiente-possui-seu-proprio-certificado-digital$/u,
    )
  })

  it('reports the impossible date and no binary files', () => {
    expect(
      kb.problems.some(
        (p) =>
          p.code === 'impossible-date' &&
          p.path.endsWith('Transacao_nao_autorizada_devido_a_falta_de_integridade.rst'),
      ),
    ).toBe(true)
    expect(kb.problems.filter((p) => p.code === 'binary-file')).toEqual([])
  })
})
