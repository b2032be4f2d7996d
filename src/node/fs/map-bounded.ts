/**
 * Maps `items` through `task` with at most `limit` running at once, keeping the order (file reads
 * and stats of the knowledge loader, the search fingerprints and the ticket store). Ten lines of
 * our own rather than p-limit: nothing else is needed from a pool.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
