/** Relevance measures over a query set: Recall@1, Recall@5 and MRR@10 by file path, per kind. */
import type { SearchIndex } from './types'

export interface EvalQuery {
  query: string
  relevant: string[]
  /** What kind of input it is ('email', 'paraphrase', 'sloppy', 'error', 'english'…). */
  kind?: string
}

export interface EvalMiss {
  query: string
  kind?: string
  relevant: string[]
  /** 1-based rank of the first relevant result, or null when not in the top 10. */
  rank: number | null
  top: string[]
}

export interface EvalScores {
  queries: number
  recallAt1: number
  recallAt5: number
  mrrAt10: number
}

export interface EvalReport extends EvalScores {
  /** The same measures per query kind (queries without a kind count as 'other'). */
  byKind: Record<string, EvalScores>
  /** Queries whose first relevant result is not ranked first. */
  misses: EvalMiss[]
}

/** Ranked result paths for a query, best first (at least the top 10). */
export type Ranker = (query: string) => string[]

/** Runs every query through the search index and scores its ranked paths. */
export function evaluate(index: SearchIndex, queries: EvalQuery[]): EvalReport {
  return evaluateRanker((q) => index.search(q, { limit: 10 }).results.map((r) => r.path), queries)
}

/** Runs every query through any ranker (ours or a baseline) and scores the ranked paths. */
export function evaluateRanker(rank: Ranker, queries: EvalQuery[]): EvalReport {
  const ranks: { kind: string; rank: number | null }[] = []
  const misses: EvalMiss[] = []
  for (const { query, relevant, kind } of queries) {
    const paths = rank(query).slice(0, 10)
    const position = paths.findIndex((p) => relevant.includes(p))
    const at = position === -1 ? null : position + 1
    ranks.push({ kind: kind ?? 'other', rank: at })
    if (at !== 1) {
      misses.push({ query, ...(kind && { kind }), relevant, rank: at, top: paths.slice(0, 5) })
    }
  }
  const byKind: Record<string, EvalScores> = {}
  for (const kind of new Set(ranks.map((r) => r.kind))) {
    byKind[kind] = scores(ranks.filter((r) => r.kind === kind).map((r) => r.rank))
  }
  return { ...scores(ranks.map((r) => r.rank)), byKind, misses }
}

function scores(ranks: (number | null)[]): EvalScores {
  const n = ranks.length || 1
  const round = (x: number) => Math.round(x * 10000) / 10000
  const count = (test: (r: number) => boolean) => ranks.filter((r) => r !== null && test(r)).length
  const rr = ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0)
  return {
    queries: ranks.length,
    recallAt1: round(count((r) => r === 1) / n),
    recallAt5: round(count((r) => r <= 5) / n),
    mrrAt10: round(rr / n),
  }
}
