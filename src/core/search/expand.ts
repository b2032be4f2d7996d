/**
 * Expansion of a typed prefix or a misspelt word into the index's own terms (a range of the
 * sorted term list; edit-distance-1 variants looked up — never a leading wildcard). Expansions
 * are capped and cached: short prefixes on a large index expand to thousands of terms, and
 * scoring each one is what made plain Lunr slow as-you-type.
 */
import type { CompactIndex } from './compact-index'

export const MAX_PREFIX_EXPANSIONS = 24
/** Very short prefixes match much of the vocabulary: keep fewer of their expansions. */
const SHORT_PREFIX_EXPANSIONS = [0, 0, 6, 12]
export const MAX_FUZZY_EXPANSIONS = 8
const MAX_CACHE = 5000

const byLengthThenText = (a: string, b: string) => a.length - b.length || (a < b ? -1 : 1)

export class TermExpander {
  private readonly prefixCache = new Map<string, string[]>()
  private readonly fuzzyCache = new Map<string, string[]>()

  constructor(private readonly index: CompactIndex) {}

  /** Index terms starting with `prefix`, shortest first (closest to what was typed). */
  prefix(prefix: string): string[] {
    return this.cached(this.prefixCache, prefix, () =>
      this.index
        .withPrefix(prefix)
        .sort(byLengthThenText)
        .slice(0, SHORT_PREFIX_EXPANSIONS[prefix.length] ?? MAX_PREFIX_EXPANSIONS),
    )
  }

  /** Index terms at edit distance 1 from `term` (excluding the term itself). */
  fuzzy(term: string): string[] {
    return this.cached(this.fuzzyCache, term, () =>
      this.index
        .withinOneEdit(term)
        .sort(
          (a, b) =>
            Math.abs(a.length - term.length) - Math.abs(b.length - term.length) || (a < b ? -1 : 1),
        )
        .slice(0, MAX_FUZZY_EXPANSIONS),
    )
  }

  private cached(cache: Map<string, string[]>, key: string, compute: () => string[]): string[] {
    let value = cache.get(key)
    if (!value) {
      value = compute()
      if (cache.size >= MAX_CACHE) cache.clear()
      cache.set(key, value)
    }
    return value
  }
}
