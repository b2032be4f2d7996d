import { describe, expect, it } from 'vitest'
import { makeArticle } from '../knowledge/testing/make-article'
import { namedProducts, otherSystem } from './products'
import { createSearchIndex } from './search-index'

describe('namedProducts', () => {
  it('finds the systems a message names, accents and spelling aside', () => {
    expect(namedProducts('No portal do TRAMITA.GOV.BR')).toEqual(new Set(['tramita']))
    expect(namedProducts('o protocolo-integrado e o NUP')).toEqual(
      new Set(['protocolo-integrado', 'nup']),
    )
    expect(namedProducts('Protocolo.GOV.BR fora do ar')).toEqual(new Set(['protocolo-gov-br']))
  })

  it('says nothing when only SEI or a NUP is named', () => {
    expect(namedProducts('o SEI travou com o NUP do processo')).toBeNull()
    expect(namedProducts('processo parado')).toBeNull()
  })

  it('counts only articles of a nameable system as another system', () => {
    const named = new Set(['tramita'] as const)
    expect(otherSystem('nup', named)).toBe(true)
    expect(otherSystem('tramita', named)).toBe(false)
    expect(otherSystem('sei', named)).toBe(false)
    expect(otherSystem('other', named)).toBe(false)
  })
})

describe('search: the system the message names', () => {
  const index = createSearchIndex([
    makeArticle({
      id: 'nup-manager',
      path: 'NUP/Unidades.rst',
      product: 'nup',
      title: 'Unidade protocolizadora',
      sections: { situation: 'O órgão precisa de um novo gestor da unidade.' },
    }),
    makeArticle({
      id: 'tramita-manager',
      path: 'Tramita/Gestores.rst',
      product: 'tramita',
      title: 'Gestores no portal do Tramita',
      sections: { situation: 'Os gestores do órgão saíram do portal.' },
    }),
  ])
  const mail = 'Os gestores saíram e precisamos de um novo gestor da unidade no portal do Tramita.'

  it('ranks its article above a closer match about another system', () => {
    expect(index.search(mail).results.map((r) => r.id)).toEqual(['tramita-manager', 'nup-manager'])
    const unnamed = mail.replace(' do Tramita', '')
    expect(index.search(unnamed).results[0].id).toBe('nup-manager')
  })
})
