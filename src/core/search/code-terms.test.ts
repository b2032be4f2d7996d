// Word–number pairs ("status 6") tie a number to its word; articles written for this test.
import { describe, expect, it } from 'vitest'
import { analyzeWord } from './analyzer'
import { parseQuery } from './query'
import { createSearchIndex } from './search-index'
import { makeArticle } from '../knowledge/testing/make-article'
import { tokenize } from './tokenize'

const ARTICLES = [
  // Mentions "fase 3" in passing, is about fase 2, and repeats the query's other words.
  makeArticle({
    id: 'fase-2',
    title: 'Pedido retido na fase 2',
    sections: {
      situation: 'O pedido fica retido na fase 2 e o cliente não encontra o comprovante.',
      solution:
        'Reenviar o comprovante. Depois o pedido avança para a fase 3 e o cliente encontra.',
      reply: 'O cliente encontra o comprovante quando o pedido chega à fase 3.',
    },
  }),
  makeArticle({
    id: 'fase-3',
    title: 'Comprovante em outro ambiente',
    sections: {
      situation: 'O pedido chega à fase 3, mas o cliente não localiza o comprovante.',
      solution: 'Verificar qual ambiente recebeu o pedido.',
    },
    keywords: ['fase 3', 'ambiente'],
  }),
  makeArticle({
    id: 'codigo-404',
    title: 'Página exibe código 404',
    sections: { situation: 'Ao abrir o painel aparece o código 404 e a tela fica vazia.' },
  }),
  makeArticle({
    id: 'codigo-403',
    title: 'Página exibe código 403',
    sections: { situation: 'Ao abrir o painel aparece o código 403 e a tela fica vazia.' },
  }),
]

describe('word–number pairs', () => {
  it('emits a pair token for a word followed by a number or code', () => {
    const texts = tokenize('fase 3, versão 2.1.4 e código: 404').map((t) => t.text)
    expect(texts).toContain('fase_3')
    expect(texts).toContain('versão_2.1.4')
    expect(texts).toContain('código_404')
    // Not across sentence punctuation, and not for a lone number.
    expect(tokenize('fase. 3').map((t) => t.text)).not.toContain('fase_3')
    expect(tokenize('3 fases').some((t) => t.pair)).toBe(false)
  })

  it('stems the word of a pair and drops pairs of stop words', () => {
    expect(analyzeWord('versões_4')).toBe(`${analyzeWord('versão')}_4`)
    expect(analyzeWord('de_2024')).toBeNull()
    expect(
      parseQuery('fase 3 comprovante')
        .filter((t) => t.pair)
        .map((t) => t.stem),
    ).toEqual(['fas_3'])
  })

  it('ranks the article about the named number above one about another number', () => {
    const index = createSearchIndex(ARTICLES)
    const ids = (q: string) => index.search(q).results.map((r) => r.id)
    expect(ids('fase 3 cliente não encontra comprovante')[0]).toBe('fase-3')
    expect(ids('fase 2 cliente não encontra comprovante')[0]).toBe('fase-2')
    expect(ids('painel código 403')[0]).toBe('codigo-403')
    expect(ids('painel código 404')[0]).toBe('codigo-404')
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
