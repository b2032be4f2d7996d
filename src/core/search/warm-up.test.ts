import { describe, expect, it } from 'vitest'
import { createSearchIndex } from './search-index'
import { makeArticle } from '../knowledge/testing/make-article'
import { warmUpQueries } from './warm-up'

describe('warmUpQueries', () => {
  it('is the same on every run and has as many queries as asked', () => {
    expect(warmUpQueries(50)).toEqual(warmUpQueries(50))
    expect(warmUpQueries(50)).toHaveLength(50)
    expect(new Set(warmUpQueries(200)).size).toBeGreaterThan(190)
  })

  it('covers every path: words typed whole, a prefix being typed, codes and pasted messages', () => {
    const queries = warmUpQueries(100)
    expect(queries.some((q) => q.endsWith(' ') && q.split(' ').length <= 6)).toBe(true)
    expect(queries.some((q) => !q.endsWith(' ') && !q.startsWith('Erro:'))).toBe(true)
    expect(queries.some((q) => /status 6|erro 500|3\.6\.1/.test(q))).toBe(true)
    expect(queries.some((q) => q.startsWith('Erro:') && q.split(' ').length > 14)).toBe(true)
  })

  it('runs on an index without throwing and finds what its words name', () => {
    const index = createSearchIndex([
      makeArticle({ title: 'Processo parado no status 6', sections: { solution: 'Reenviar.' } }),
    ])
    const found = warmUpQueries(300).filter((q) => index.search(q).results.length > 0)
    expect(found.length).toBeGreaterThan(0)
  })
})
