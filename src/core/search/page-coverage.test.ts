import { describe, expect, it } from 'vitest'
import { makeArticle } from '../knowledge/testing/make-article'
import { parseQuery } from './query'
import { createSearchIndex } from './search-index'

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
    const order = results.map((r) => r.id)
    expect(order.indexOf('faq.rst#incluir')).toBeLessThan(order.indexOf('script'))
  })
})

describe('query: identifiers copied from a log', () => {
  const stems = (text: string) => parseQuery(text).map((t) => t.stem)

  it('keeps a camel-case class or method name whole and adds its words', () => {
    expect(stems('MdEstatisticasColetarRN falhou')).toEqual(
      expect.arrayContaining(['mdestatisticascoletarrn', 'estatist', 'colet']),
    )
    expect(stems('obterQuantidadeDocumentos')).toEqual(
      expect.arrayContaining(['obter', 'quantidad', 'document']),
    )
  })

  it('leaves a brand name of two capitalized words alone', () => {
    expect(stems('grupo do WhatsApp')).toEqual(['grup', 'whatsapp'])
  })
})
