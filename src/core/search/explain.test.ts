import { describe, expect, it } from 'vitest'
import { makeArticle } from '../knowledge/testing/make-article'
import { createSearchIndex } from './search-index'
import { SAMPLE_ARTICLES } from './testing/sample-articles'

// Articles written for this test: two about certificates speak of validity in their bodies only,
// so a paraphrase about validity reaches them through the learned associations.
const ARTICLES = [
  ...SAMPLE_ARTICLES,
  makeArticle({
    id: 'expired',
    title: 'Certificado digital expirado',
    sections: { situation: 'O processo parou.', solution: 'A validade do certificado acabou.' },
  }),
  makeArticle({
    id: 'renew',
    title: 'Renovar o certificado digital',
    sections: { solution: 'Confira a validade antes de pedir outro.' },
  }),
  ...['Cadastro de gestor', 'Recibo de conclusão', 'Barra de progresso', 'Senha esquecida'].map(
    (title, i) => makeArticle({ id: `f${i}`, title, sections: { solution: 'Abrir o processo.' } }),
  ),
]
const index = createSearchIndex(ARTICLES)

const QUERIES = {
  paraphrase: 'a validade venceu e o gestor perdeu a senha do recibo',
  feedback: 'certificado expirado processo parou',
  short: 'certif',
  typo: 'certifcado',
  mail: 'Bom dia, o processo parou no status 6 e o certificado digital expirou. Atenciosamente, Ana',
}

describe('explain', () => {
  it.each(Object.entries(QUERIES))('ranks a %s query as search does', (_kind, query) => {
    const hits = index.search(query).results
    const explained = index.explain(query).results
    expect(explained.map((r) => r.id)).toEqual(hits.map((h) => h.id))
    expect(explained.map((r) => Math.round(r.score * 10000) / 10000)).toEqual(
      hits.map((h) => h.score),
    )
    expect(explained.map((r) => r.why)).toEqual(hits.map((h) => h.why))
  })

  it('shows what the learned associations and feedback added', () => {
    const paraphrase = index.explain(QUERIES.paraphrase)
    expect(paraphrase.associations.validad).toContain('certific')
    expect(paraphrase.results.map((r) => r.id)).toContain('expired')
    expect(index.explain(QUERIES.feedback).feedback.length).toBeGreaterThan(0)
    expect(index.explain(QUERIES.short)).toMatchObject({ associations: {}, feedback: [] })
  })

  it('takes the same filters and limit as search', () => {
    const options = { limit: 2, filters: { kind: ['script' as const] } }
    expect(index.explain(QUERIES.mail, options).results.map((r) => r.id)).toEqual(
      index.search(QUERIES.mail, options).results.map((r) => r.id),
    )
  })
})
