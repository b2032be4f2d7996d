import { describe, expect, it } from 'vitest'
import { createSearchIndex } from './search-index'
import { makeArticle } from '../knowledge/testing/make-article'
import { SAMPLE_ARTICLES } from './testing/sample-articles'

const index = createSearchIndex(SAMPLE_ARTICLES)
const ids = (query: string) => index.search(query).results.map((r) => r.id)

describe('search: pasted tickets', () => {
  it('searches the first 20,000 characters of any input and says it was cut', () => {
    const paste = `O processo ficou parado aguardando o recebimento. ${'linha de log sem sentido '.repeat(3000)}`
    const response = index.search(paste)
    expect(response.truncated).toBe(true)
    expect(response.results[0]?.id).toBe('stuck-v2')
    expect(index.search('processo parado').truncated).toBe(false)
  })

  it('returns the NUP of the message and does not rank by it', () => {
    const response = index.search(
      'Bom dia, o processo 00000.000001/2024-11 ficou parado.\nAtt,\nFulano',
    )
    expect(response.nup).toBe('00000.000001/2024-11')
    expect(response.results[0]?.id).toBe('stuck-v2')
    expect(index.search('certificado').nup).toBeNull()
  })

  it('matches English and lay words through the glossary', () => {
    expect(ids('stuck process ')[0]).toBe('stuck-v2')
    expect(ids('agency register ')[0]).toBe('organ')
  })

  it('ranks the problem, not the courtesy of the message', () => {
    const mail =
      'Prezados, bom dia.\nPodem ajudar? O certificado digital do ambiente de produção.\nAtenciosamente,\nDivisão de Configuração do Módulo'
    expect(ids(mail)[0]).toBe('cert')
  })

  it("counts the signature's organisation a little, below the problem", () => {
    const signed = createSearchIndex([
      makeArticle({
        id: 'court',
        title: 'Chamado aberto por tribunal regional',
        sections: { situation: 'O tribunal regional abre um chamado sobre o módulo.' },
      }),
      makeArticle({
        id: 'receipt',
        title: 'Recibo de conclusão não chega',
        sections: { situation: 'O remetente não recebe o recibo de conclusão do trâmite.' },
      }),
    ])
    const mail = (sign: string) =>
      `Bom dia,\n\nO recibo de conclusão do trâmite não chegou até hoje.\n\nAtenciosamente,\nAna\n${sign}`
    const court = signed.search(mail('Tribunal Regional')).results
    expect(court.map((r) => r.id)).toEqual(['receipt', 'court'])
    expect(signed.search(mail('Fundação Nacional')).results.map((r) => r.id)).toEqual(['receipt'])
  })
})

describe('search: verbatim phrases and match reasons', () => {
  const phraseIndex = createSearchIndex([
    makeArticle({
      id: 'faq',
      title: 'Painel de controle do trâmite: conceitos',
      sections: {
        situation:
          'O painel de controle mostra cada trâmite. O trâmite tem status. Painel, controle.',
      },
      kind: 'faq',
    }),
    makeArticle({
      id: 'status-5',
      title: 'Processo aguardando recibo',
      sections: {
        situation:
          'Aparece o aviso: o trâmite ainda não foi concluído, acompanhe no painel de controle o andamento.',
      },
    }),
  ])

  it('ranks first the article that holds a pasted sentence word for word', () => {
    const response = phraseIndex.search(
      'O trâmite ainda não foi concluído. Acompanhe no Painel de Controle o andamento',
    )
    expect(response.results[0].id).toBe('status-5')
    expect(response.results[0].why?.phrase).toBe(
      'trâmite ainda não foi concluído. Acompanhe no Painel de Controle o andamento',
    )
  })

  it('says which query words each hit matched, as typed', () => {
    const hit = phraseIndex.search('Painel recibo xyz ').results.find((h) => h.id === 'status-5')
    expect(hit?.why).toEqual({ terms: ['Painel', 'recibo'], phrase: null })
  })
})
