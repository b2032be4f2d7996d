/** Relevance measures over a query set: Recall@1, Recall@5 and MRR@10 by file path. */
import type { SearchIndex } from './types'

export interface EvalQuery {
  query: string
  relevant: string[]
}

export interface EvalMiss {
  query: string
  relevant: string[]
  /** 1-based rank of the first relevant result, or null when not in the top 10. */
  rank: number | null
  top: string[]
}

export interface EvalReport {
  queries: number
  recallAt1: number
  recallAt5: number
  mrrAt10: number
  /** Queries whose first relevant result is not ranked first. */
  misses: EvalMiss[]
}

/** Runs every query and scores the ranked result paths against the relevant paths. */
export function evaluate(index: SearchIndex, queries: EvalQuery[]): EvalReport {
  let at1 = 0
  let at5 = 0
  let rr = 0
  const misses: EvalMiss[] = []
  for (const { query, relevant } of queries) {
    const paths = index.search(query, { limit: 10 }).results.map((r) => r.path)
    const position = paths.findIndex((p) => relevant.includes(p))
    const rank = position === -1 ? null : position + 1
    if (rank === 1) at1++
    if (rank !== null && rank <= 5) at5++
    if (rank !== null) rr += 1 / rank
    if (rank !== 1) misses.push({ query, relevant, rank, top: paths.slice(0, 5) })
  }
  const n = queries.length || 1
  const round = (x: number) => Math.round(x * 10000) / 10000
  return {
    queries: queries.length,
    recallAt1: round(at1 / n),
    recallAt5: round(at5 / n),
    mrrAt10: round(rr / n),
    misses,
  }
}
