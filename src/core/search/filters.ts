/** Search filters as a predicate over an article's facts. */
import { normalizeTier } from './tiers'
import type { ArticleFacts, SearchFilters } from './types'

/** The predicate an article's (newest version's) facts must pass to be shown. */
export function acceptFilter(filters: SearchFilters): (article: ArticleFacts) => boolean {
  const products = filters.product?.length ? new Set(filters.product) : null
  const kinds = filters.kind?.length ? new Set<string>(filters.kind) : null
  const tiers = filters.tier?.length
    ? new Set(filters.tier.map(normalizeTier).filter((t): t is string => t !== null))
    : null
  const includeSuperseded = filters.includeSuperseded !== false
  return (article) =>
    (includeSuperseded || !article.superseded) &&
    (!products || products.has(article.product)) &&
    (!kinds || kinds.has(article.kind)) &&
    (!tiers || article.tiers.some((t) => tiers.has(t)))
}
