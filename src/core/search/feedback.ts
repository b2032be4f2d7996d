/**
 * Pseudo-relevance feedback, learned from the knowledge base itself: the words that describe the
 * articles a query first finds (their titles, Palavras-chave and Situação) and that those
 * articles agree on are added to the query with a small weight, so an article described in the
 * KB's own words is found from a paraphrase that shares only some of them.
 */
import type { ForwardIndex } from './forward-index'
import { TERM_MASK } from './forward-index'

/** Passage roles whose words describe what an article is about. */
const DESCRIBING = new Set(['title', 'keywords', 'situation'])

/**
 * Up to `count` term ids from the describing passages of the `top` documents, found in at least
 * `agree` of them and not in `exclude`, best first by (documents × idf).
 */
export function feedbackTerms(
  forward: ForwardIndex,
  top: readonly number[],
  exclude: ReadonlySet<number>,
  idf: (id: number) => number,
  options: { count: number; agree: number; minIdf: number },
): number[] {
  const documents = new Map<number, number>()
  for (const ref of top) {
    const seen = new Set<number>()
    forward.forEachPassage(ref, (terms, _gaps, _p, role) => {
      if (!DESCRIBING.has(role)) return
      for (let t = 0; t < terms.length; t++) seen.add(terms[t] & TERM_MASK)
    })
    for (const id of seen) if (!exclude.has(id)) documents.set(id, (documents.get(id) ?? 0) + 1)
  }
  const scored: [number, number][] = []
  for (const [id, count] of documents) {
    if (count < options.agree) continue
    const weight = idf(id)
    if (weight >= options.minIdf) scored.push([id, count * weight])
  }
  return scored
    .sort((a, b) => b[1] - a[1])
    .slice(0, options.count)
    .map(([id]) => id)
}
