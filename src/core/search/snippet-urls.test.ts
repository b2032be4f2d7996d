// Snippets are drawn from prose, not from link addresses; articles written for this test.
import { describe, expect, it } from 'vitest'
import { createSearchIndex } from './search-index'
import { makeArticle } from '../knowledge/testing/make-article'
import { urlRanges } from './urls'

const LINK =
  'https://manual.exemplo.gov.br/pt-br/latest/Painel_de_Envio/Configuracao_do_painel_de_envio.html#painel-de-envio'
const FILLER =
  'Antes de tudo confirme com o usuário qual unidade abriu o chamado e anote o número. '

const ARTICLES = [
  makeArticle({
    id: 'link',
    title: 'Orientações gerais',
    sections: {
      solution:
        `Consultar o manual (${LINK}) antes de responder. ` +
        FILLER.repeat(3) +
        'Por fim, revisar o painel de envio da unidade.',
    },
  }),
  makeArticle({
    id: 'only-link',
    title: 'Referência externa',
    sections: { solution: FILLER.repeat(2) + `Ver o guia (${LINK}) e ${FILLER.repeat(2)}` },
  }),
]

describe('snippets and link URLs', () => {
  const index = createSearchIndex(ARTICLES)

  it('finds URLs in text', () => {
    const text = `ver (${LINK}) ou www.exemplo.gov.br.`
    expect(urlRanges(text).map(([a, b]) => text.slice(a, b))).toEqual([LINK, 'www.exemplo.gov.br.'])
  })

  it('marks the prose words, not the same words inside a URL', () => {
    const hit = index.search('painel de envio').results.find((r) => r.id === 'link')!
    expect(hit.snippet).toContain('painel de envio da unidade')
    for (const [start, end] of hit.marks) {
      expect(hit.snippet.slice(start, end).toLowerCase()).toMatch(/^(painel|envio)$/)
    }
  })

  it('never opens a snippet inside a URL', () => {
    for (const query of ['painel de envio', 'manual', 'guia', 'unidade chamado', 'html latest']) {
      for (const hit of index.search(query).results) {
        const body = hit.snippet.replace(/^…/, '')
        const inside = ARTICLES.some((a) =>
          a.sections.some((s) => {
            const at = s.text.indexOf(body.slice(0, 30))
            return at !== -1 && urlRanges(s.text).some(([from, to]) => at > from && at < to)
          }),
        )
        expect(inside, `${query} → ${hit.snippet}`).toBe(false)
      }
    }
  })
})
