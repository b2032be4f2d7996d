import { setImmediate as nextTurn } from 'node:timers/promises'
import { warmUpQueries, type SearchIndex } from '../../core/search'

export interface WarmUpOptions {
  /** Queries to run (400 take ≈0.5 s of CPU on pen-wiki, spread over the first seconds). */
  count?: number
  /** Longest stretch of queries between two turns of the event loop. */
  sliceMs?: number
  signal?: AbortSignal
}

export const WARM_UP_QUERIES = 400
const SLICE_MS = 5

/**
 * Runs warm-up queries (see core/search/warm-up.ts) against `index()` in slices of a few
 * milliseconds, yielding to the event loop between slices so requests are answered meanwhile.
 * Resolves with the number of queries run: all of them, or fewer when `signal` aborts.
 */
export async function warmUpSearch(
  index: () => SearchIndex,
  options: WarmUpOptions = {},
): Promise<number> {
  const queries = warmUpQueries(options.count ?? WARM_UP_QUERIES)
  const sliceMs = options.sliceMs ?? SLICE_MS
  let done = 0
  while (done < queries.length) {
    // Yield first: whoever started the warm-up gets its own work done before the first slice.
    await nextTurn()
    if (options.signal?.aborted) break
    const started = performance.now()
    do index().search(queries[done++])
    while (done < queries.length && performance.now() - started < sliceMs)
  }
  return done
}
