import { describe, expect, it } from 'vitest'
import { makeArticle } from '../knowledge/testing/make-article'
import { feedbackTerms } from './feedback'
import { buildIndexes } from './testing/build-forward'

// Articles written for this test.
const ARTICLES = [
  makeArticle({
    id: 'a',
    title: 'Recibo de conclusão do trâmite',
    sections: { situation: 'O remetente aguarda o recibo.', solution: 'Reenviar o pedido.' },
  }),
  makeArticle({
    id: 'b',
    title: 'Trâmite sem recibo',
    sections: { situation: 'Recibo não chegou ao remetente.', solution: 'Conferir o pedido.' },
  }),
  makeArticle({ id: 'c', title: 'Cadastro de gestor', sections: { situation: 'Novo gestor.' } }),
]

describe('feedbackTerms', () => {
  const { compact, forward } = buildIndexes(ARTICLES)
  const id = (term: string) => compact.termId(term)
  const options = { count: 5, agree: 2, minIdf: 0 }

  it('takes the describing words the top documents agree on, not the query’s own', () => {
    const terms = feedbackTerms(forward, [0, 1], new Set([id('recib')]), () => 1, options)
    expect(terms.map((t) => compact.termAt(t)).sort()).toEqual(['remetent', 'tramit'])
  })

  it('leaves out words of the solution and words only one document has', () => {
    const terms = feedbackTerms(forward, [0, 1], new Set(), () => 1, options)
    expect(id('ped')).toBeGreaterThan(-1)
    expect(id('conclusa')).toBeGreaterThan(-1)
    expect(terms).not.toContain(id('ped'))
    expect(terms).not.toContain(id('conclusa'))
  })
})
