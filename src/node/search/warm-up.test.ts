import { describe, expect, it } from 'vitest'
import type { SearchIndex } from '../../core/search'
import { warmUpSearch } from './warm-up'

function countingIndex() {
  const queries: string[] = []
  const index = {
    search: (query: string) => {
      queries.push(query)
      return { query, results: [], tookMs: 0 }
    },
  } as unknown as SearchIndex
  return { index, queries }
}

describe('warmUpSearch', () => {
  it('runs every query, leaving the event loop between slices', async () => {
    const { index, queries } = countingIndex()
    let turns = 0
    const ticker = setInterval(() => turns++, 0)
    const ran = await warmUpSearch(() => index, { count: 30, sliceMs: 0 })
    clearInterval(ticker)
    expect(ran).toBe(30)
    expect(queries).toHaveLength(30)
    expect(turns).toBeGreaterThan(0)
  })

  it('does nothing before the caller has had its turn', async () => {
    const { index, queries } = countingIndex()
    const running = warmUpSearch(() => index, { count: 5 })
    expect(queries).toHaveLength(0)
    await running
    expect(queries).toHaveLength(5)
  })

  it('stops when aborted, and reads the current index each slice', async () => {
    const first = countingIndex()
    const second = countingIndex()
    let current = first.index
    const stop = new AbortController()
    const running = warmUpSearch(() => current, { count: 1000, sliceMs: 0, signal: stop.signal })
    await new Promise((resolve) => setImmediate(resolve))
    current = second.index
    await new Promise((resolve) => setImmediate(resolve))
    stop.abort()
    const ran = await running
    expect(ran).toBeLessThan(1000)
    expect(first.queries.length).toBeGreaterThan(0)
    expect(second.queries.length).toBeGreaterThan(0)
    expect(first.queries.length + second.queries.length).toBe(ran)
  })
})
