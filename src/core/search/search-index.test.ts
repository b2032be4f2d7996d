import { describe, expect, it } from 'vitest'
import { createSearchIndex, loadSearchIndex } from './search-index'
import { makeArticle } from '../knowledge/testing/make-article'
import { SAMPLE_ARTICLES as ARTICLES } from './testing/sample-articles'
import type { SerializedSearchIndex } from './types'

const index = createSearchIndex(ARTICLES)
const ids = (query: string, options?: Parameters<typeof index.search>[1]) =>
  index.search(query, options).results.map((r) => r.id)

describe('search: text analysis', () => {
  it('folds accents both ways', () => {
    expect(ids('tramite ')[0]).toBe('cert')
    expect(ids('configuracao ')[0]).toBe('config')
    expect(ids('ÓRGÃO CADASTRADO ')[0]).toBe('organ')
    expect(ids('orgao cadastrado ')[0]).toBe('organ')
  })

  it('stems: singular finds plural and verb forms', () => {
    expect(ids('configuracoes do modulo ')[0]).toBe('config')
    expect(ids('certificados ')[0]).toBe('cert')
  })

  it('keeps codes and numbers as terms', () => {
    expect(ids('versão 3.6.1 ')[0]).toBe('version')
    expect(ids('erro 500 ')[0]).toBe('version')
    expect(ids('motivo 99 ')[0]).toBe('refused')
    expect(ids('status 6 ')[0]).toBe('cert')
  })
})

describe('search: as you type and typos', () => {
  it('matches the last word as a prefix', () => {
    expect(ids('certif')[0]).toBe('cert')
    expect(ids('configura')[0]).toBe('config')
    // …but not once the word is finished
    expect(ids('certif ')).toEqual([])
  })

  it('finds misspelt words (one edit, words of five letters or more)', () => {
    expect(ids('certficado ')[0]).toBe('cert')
    expect(ids('barramentu ')[0]).toBe('new-gateway')
  })

  it('finds a pasted error message', () => {
    const pasted = 'Erro: processo recusado pelo destinatário (motivo 99) em 12/03/2024 às 10:31'
    expect(ids(pasted)[0]).toBe('refused')
  })
})

describe('search: safety', () => {
  it.each(['', '   ', '*', 'de da do', 'a o e', '+', '-', '~', '^', ':'])(
    'returns nothing for %j',
    (query) => {
      expect(index.search(query).results).toEqual([])
    },
  )

  it.each(['erro:', 'status~2', 'C:\\Users\\agente', 'http://x.gov.br/a?b=1', 'tr^4 +x -y', '"'])(
    'does not throw on %j',
    (query) => {
      expect(() => index.search(query)).not.toThrow()
    },
  )

  it('returns at most `limit` results and never every document for short prefixes', () => {
    expect(index.search('pro', { limit: 2 }).results.length).toBeLessThanOrEqual(2)
  })
})

describe('search: versions, superseded articles and filters', () => {
  it('collapses versions into the newest, listing the older ones', () => {
    const results = index.search('processo parado recebimento ').results
    const stuck = results.filter((r) => r.id.startsWith('stuck'))
    expect(stuck.map((r) => r.id)).toEqual(['stuck-v2'])
    expect(stuck[0].olderVersions).toEqual(['stuck-v1'])
  })

  it('ranks current articles above superseded ones', () => {
    expect(ids('falha conexao barramento ')).toEqual(['new-gateway', 'old-gateway'])
    expect(ids('falha conexao barramento ', { filters: { includeSuperseded: false } })).toEqual([
      'new-gateway',
    ])
  })

  it('filters by product, kind and responsibility tier', () => {
    expect(ids('orgao ', { filters: { product: ['nup'] } })).toEqual(['organ'])
    expect(ids('orgao ', { filters: { kind: ['script'] } })).not.toContain('organ')
    expect(ids('perfil configuracao ', { filters: { tier: ['nível 1'] } }).sort()).toEqual([
      'config',
      'version',
    ])
    expect(ids('certificado ', { filters: { tier: ['N1'] } })).toEqual([])
    expect(ids('certificado ', { filters: { tier: ['Atendente N2'] } })).toEqual(['cert'])
  })
})

describe('search: hits', () => {
  it('gives a snippet from the matching section with marks on the matched words', () => {
    const hit = index.search('novo certificado producao ').results[0]
    expect(hit.id).toBe('cert')
    expect(hit.section).toBe('solution')
    expect(hit.sectionTitle).toBe('Solução Sugerida')
    const marked = hit.marks.map(([s, e]) => hit.snippet.slice(s, e).toLowerCase())
    expect(marked).toEqual(['novo', 'certificado', 'produção'])
    expect(hit.snippet.length).toBeLessThanOrEqual(162)
  })

  it('shows line breaks and runs of spaces as one space, with marks still on the words', () => {
    const spaced = makeArticle({
      id: 'spaced',
      title: 'Quebras de linha',
      sections: {
        solution: `${'linha de contexto\n\n   '.repeat(12)}*  o   certificado\n\n   digital\tvenceu  \n${'mais\n  texto '.repeat(30)}`,
      },
    })
    const hit = createSearchIndex([spaced]).search('certificado digital').results[0]
    expect(hit.snippet).not.toMatch(/\s\s|[\n\t]/)
    expect(hit.snippet).toContain('o certificado digital venceu')
    expect(hit.snippet.length).toBeLessThanOrEqual(162)
    expect(hit.marks.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['certificado', 'digital'])
  })

  it('cuts long sections to about 160 characters around the match', () => {
    const long = makeArticle({
      id: 'long',
      title: 'Artigo longo',
      sections: {
        solution: `${'texto de enchimento '.repeat(40)}gearman travado ${'fim '.repeat(60)}`,
      },
    })
    const hit = createSearchIndex([long]).search('gearman ').results[0]
    expect(hit.snippet.length).toBeLessThanOrEqual(162)
    expect(hit.snippet.startsWith('…')).toBe(true)
    expect(hit.marks.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['gearman'])
  })

  it('carries the article facts and a score', () => {
    const hit = index.search('motivo 99 ').results[0]
    expect(hit).toMatchObject({ id: 'refused', kind: 'script', product: 'tramita' })
    expect(hit.score).toBeGreaterThan(0)
  })
})

describe('search: serialization', () => {
  it('round-trips through JSON and answers the same', () => {
    const json = JSON.parse(JSON.stringify(index.serialize())) as SerializedSearchIndex
    const loaded = loadSearchIndex(json, ARTICLES)
    for (const query of ['tramite', 'configuracoes do modulo ', 'certficado ', 'motivo 99 ']) {
      expect(loaded.search(query).results).toEqual(index.search(query).results)
    }
    expect(loaded.size).toBe(ARTICLES.length)
  })

  it('rejects what is not a serialized index', () => {
    expect(() => loadSearchIndex({} as SerializedSearchIndex, ARTICLES)).toThrow()
  })
})
