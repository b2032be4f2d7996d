import { describe, expect, it } from 'vitest'
import { makeArticle } from '../knowledge/testing/make-article'
import { createSearchIndex } from './search-index'

describe('search: an index page lists the answers, it does not give them', () => {
  it('ranks a folder index below a page with the same text', () => {
    const page = {
      kind: 'page' as const,
      title: 'Código de acesso do aplicativo móvel',
      sections: { situation: 'O código de acesso não aparece no aplicativo móvel.' },
    }
    const index = createSearchIndex([
      makeArticle({ id: 'app/index.rst', path: 'App/index.rst', ...page }),
      makeArticle({ id: 'app/acesso.rst', path: 'App/acesso.rst', ...page }),
    ])
    const [first, second] = index.search('codigo de acesso nao aparece').results
    expect(first.id).toBe('app/acesso.rst')
    expect(second.score).toBeLessThan(first.score * 0.75)
  })
})

describe('search: a FAQ question is judged with its page', () => {
  // The same question text twice: once as a script of its own, once as one question of a FAQ
  // page whose other question answers the rest of the message.
  const question = {
    title: 'Como incluir um gestor no portal',
    sections: { situation: 'O gestor do órgão pede a inclusão de um colega no portal.' },
  }
  const index = createSearchIndex([
    makeArticle({ id: 'script', path: 'Scripts/Incluir.rst', ...question }),
    makeArticle({ id: 'faq.rst#incluir', path: 'faq.rst', kind: 'faq', ...question }),
    makeArticle({
      id: 'faq.rst#grupo',
      path: 'faq.rst',
      kind: 'faq',
      title: 'Como funciona o grupo de mensagens',
      sections: { situation: 'O grupo de mensagens reúne os gestores para avisos e comunicados.' },
    }),
  ])

  it('ranks the question whose page also covers the rest of the query above its twin', () => {
    const results = index.search('incluir gestor no portal e no grupo de mensagens').results
    // By score: in the list, the page's second question follows the other file (spread.ts).
    const score = (id: string) => results.find((r) => r.id === id)!.score
    expect(score('faq.rst#incluir')).toBeGreaterThan(score('script'))
  })
})
