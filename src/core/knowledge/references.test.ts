import { describe, expect, it } from 'vitest'
import { joinPath, wikiUrlToPath } from './references'

describe('wikiUrlToPath', () => {
  it('maps published pages back to .rst files, URL-decoded, with the anchor', () => {
    expect(
      wikiUrlToPath(
        'https://wiki.processoeletronico.gov.br/pt-br/latest/Tramita_GOV_BR/Perguntas_frequentes/Ambientes_de_Homologacao_e_de%20_Producao.html#cada-ambiente',
      ),
    ).toEqual({
      path: 'Tramita_GOV_BR/Perguntas_frequentes/Ambientes_de_Homologacao_e_de _Producao.rst',
      anchor: 'cada-ambiente',
    })
    expect(
      wikiUrlToPath('https://wiki.processoeletronico.gov.br/pt-br/latest/Tramita_GOV_BR/'),
    ).toEqual({
      path: 'Tramita_GOV_BR/index.rst',
      anchor: null,
    })
  })

  it('tolerates a stray slash after the page', () => {
    expect(
      wikiUrlToPath('https://wiki.processoeletronico.gov.br/pt-br/latest/A/B.html/')?.path,
    ).toBe('A/B.rst')
  })

  it('rejects other sites, non-pages and escapes', () => {
    expect(wikiUrlToPath('https://example.org/pt-br/latest/a.html')).toBeNull()
    expect(
      wikiUrlToPath('https://wiki.processoeletronico.gov.br/pt-br/latest/_static/a.png'),
    ).toBeNull()
    expect(
      wikiUrlToPath('https://wiki.processoeletronico.gov.br/pt-br/latest/../../etc.html'),
    ).toBeNull()
  })
})

describe('joinPath', () => {
  it('resolves relative and root-absolute targets', () => {
    expect(joinPath(['a', 'b'], '../c/d')).toBe('a/c/d')
    expect(joinPath(['a'], '/x/y')).toBe('x/y')
    expect(joinPath([], '../x')).toBeNull()
  })
})
