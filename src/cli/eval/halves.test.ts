import { describe, expect, it } from 'vitest'
import { splitHalves } from './halves'

describe('splitHalves', () => {
  it('alternates the queries of each kind between the halves, in file order', () => {
    const q = (kind: string, query: string) => ({ kind, query, relevant: [] })
    const { a, b } = splitHalves([
      q('email', 'e1'),
      q('email', 'e2'),
      q('sloppy', 's1'),
      q('email', 'e3'),
      q('sloppy', 's2'),
    ])
    expect(a.map((x) => x.query)).toEqual(['e1', 's1', 'e3'])
    expect(b.map((x) => x.query)).toEqual(['e2', 's2'])
  })
})
