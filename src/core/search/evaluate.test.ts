import { describe, expect, it } from 'vitest'
import { evaluateRanker, type EvalQuery } from './evaluate'

const QUERIES: EvalQuery[] = [
  { kind: 'email', query: 'a', relevant: ['a.rst'] },
  { kind: 'email', query: 'b', relevant: ['b.rst'] },
  { kind: 'error', query: 'c', relevant: ['c.rst', 'c2.rst'] },
  { query: 'd', relevant: ['d.rst'] },
]
const RANKED: Record<string, string[]> = {
  a: ['a.rst', 'x.rst'],
  b: ['x.rst', 'y.rst', 'b.rst'],
  c: ['x.rst', 'c2.rst'],
  d: ['x.rst'],
}

describe('evaluateRanker', () => {
  const report = evaluateRanker((q) => RANKED[q], QUERIES)

  it('scores Recall@1, Recall@5 and MRR@10 over every query', () => {
    expect(report.queries).toBe(4)
    expect(report.recallAt1).toBe(0.25)
    expect(report.recallAt5).toBe(0.75)
    expect(report.mrrAt10).toBeCloseTo((1 + 1 / 3 + 1 / 2) / 4, 4)
  })

  it('scores each kind apart, queries without a kind as "other"', () => {
    expect(Object.keys(report.byKind).sort()).toEqual(['email', 'error', 'other'])
    expect(report.byKind.email).toMatchObject({ queries: 2, recallAt1: 0.5, recallAt5: 1 })
    expect(report.byKind.error.mrrAt10).toBe(0.5)
    expect(report.byKind.other.recallAt5).toBe(0)
  })

  it('lists the misses with their rank and kind', () => {
    expect(report.misses.map((m) => [m.query, m.rank, m.kind])).toEqual([
      ['b', 3, 'email'],
      ['c', 2, 'error'],
      ['d', null, undefined],
    ])
  })
})
