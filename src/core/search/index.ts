/** Search over articles: our own BM25 index with Portuguese analysis, query planning and ranking. */
export { createSearchIndex, loadSearchIndex, articleFacts, DEFAULT_LIMIT } from './search-index'
export {
  evaluate,
  evaluateRanker,
  type EvalQuery,
  type EvalReport,
  type EvalMiss,
  type EvalScores,
  type Ranker,
} from './evaluate'
export { normalizeTier, normalizeTiers } from './tiers'
export { foldAccents as fold } from '../text/fold'
export { tokenize } from './tokenize'
export { analyzeWord } from './analyzer'
export { warmUpQueries } from './warm-up'
export type {
  ArticleFacts,
  ArticleLookup,
  SearchExplanation,
  SearchFilters,
  SearchIndex,
  SearchOptions,
  SerializedSearchIndex,
} from './types'
