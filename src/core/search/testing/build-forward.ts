import type { Article } from '../../knowledge/types'
import { buildBm25Index } from '../bm25-index'
import type { CompactIndex } from '../compact-index'
import { articleFields, FIELD_BOOSTS, SEARCH_FIELDS } from '../documents'
import type { ForwardIndex } from '../forward-index'
import { buildForwardIndex } from '../forward-index-build'
import { articlePassages } from '../passages'
import { buildSnippet, forwardSnippet } from '../snippet'

/** The compact and forward indexes of some articles, built the way createSearchIndex builds them. */
export function buildIndexes(articles: Article[]): {
  compact: CompactIndex
  forward: ForwardIndex
} {
  const compact = buildBm25Index({
    fields: SEARCH_FIELDS,
    boosts: FIELD_BOOSTS,
    documents: articles.map(articleFields),
  })
  return { compact, forward: buildForwardIndex(articles, compact) }
}

/** The snippet read from the forward index and the one cut from analyzed text, to compare. */
export function bothSnippets(
  indexes: { compact: CompactIndex; forward: ForwardIndex },
  article: Article,
  ref: number,
  matched: string[],
) {
  const ids = new Set(matched.map((t) => indexes.compact.termId(t)).filter((id) => id >= 0))
  return {
    forward: forwardSnippet(indexes.forward, ref, article, ids),
    analyzed: buildSnippet(article.title, articlePassages(article), new Set(matched)),
  }
}
