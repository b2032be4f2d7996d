/**
 * Result spread across files: the sets judge answers by file, and an agent scans the first few
 * hits for the page that answers. When one FAQ page matches with several questions, they would
 * fill those first places with one page; here each file keeps at most `perFile` hits among the
 * first `top`, and its further hits follow right after them, in their order (still in the list).
 */

/** The hits reordered so that no file holds more than `perFile` of the first `top` places. */
export function spreadFiles<T>(
  ranked: readonly T[],
  fileOf: (item: T) => string,
  top: number,
  perFile: number,
): T[] {
  const first: T[] = []
  const later: T[] = []
  const counts = new Map<string, number>()
  for (const item of ranked) {
    if (first.length >= top) {
      later.push(item)
      continue
    }
    const file = fileOf(item)
    const count = counts.get(file) ?? 0
    if (count < perFile) {
      counts.set(file, count + 1)
      first.push(item)
    } else later.push(item)
  }
  return [...first, ...later]
}
