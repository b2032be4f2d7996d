/**
 * A fixed split of a query set into two halves, to tune on one and check on the other: within
 * each kind, queries alternate by their order in the file (first, third, … in half A; second,
 * fourth, … in half B). It depends on nothing but the file's order, so it never follows results.
 */
import type { EvalQuery } from '../../core/search'

/** The two halves of a query set, each kind split evenly. */
export function splitHalves(queries: readonly EvalQuery[]): { a: EvalQuery[]; b: EvalQuery[] } {
  const seen = new Map<string, number>()
  const a: EvalQuery[] = []
  const b: EvalQuery[] = []
  for (const query of queries) {
    const kind = query.kind ?? 'other'
    const position = seen.get(kind) ?? 0
    seen.set(kind, position + 1)
    ;(position % 2 === 0 ? a : b).push(query)
  }
  return { a, b }
}
