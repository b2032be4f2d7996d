import type { Article, ArticleKind } from '../knowledge/types'
import type { MatchReasons, SearchResponse } from '../api/types'
import type { CompactIndexData } from './compact-index'
import type { ForwardIndexData } from './forward-index'

export interface SearchFilters {
  product?: string[]
  kind?: ArticleKind[]
  /** Responsibility tiers, any spelling: "N1", "Atendente N2", "nível 1". */
  tier?: string[]
  /** Superseded articles are included (ranked below current ones) unless this is false. */
  includeSuperseded?: boolean
}

export interface SearchOptions {
  limit?: number
  filters?: SearchFilters
}

/** JSON-able form of a search index; load it back with loadSearchIndex. */
export interface SerializedSearchIndex {
  format: 'roteiro-search'
  version: number
  /** Article ids in document-ref order (refs are indexes into this list, to keep the index small). */
  ids: string[]
  /** Sorted terms and flat postings (see compact-index.ts). */
  index: CompactIndexData
  /** Per document ref: what filters, version grouping and ranking read before any article. */
  facts: ArticleFacts[]
  /** Per document: its passages' term ids and ordinals (see forward-index.ts). */
  forward: ForwardIndexData
}

/** The few facts of an article the engine reads for every candidate. */
export interface ArticleFacts extends Pick<
  Article,
  'id' | 'kind' | 'product' | 'superseded' | 'supersededBy' | 'olderVersions'
> {
  /** Responsibility tiers, normalized ('N1', 'N2'…). */
  tiers: string[]
}

/** Finds an article by id (the articles an index was built from). */
export type ArticleLookup = (id: string) => Article | undefined

/** How a query was ranked: what was added to it and each result's score factors, for tuning. */
export interface SearchExplanation {
  /** Terms the learned associations added, by the typed word's stem (associations.ts). */
  associations: Record<string, string[]>
  /** Terms pseudo-relevance feedback added (feedback.ts). */
  feedback: string[]
  /** The results of `search`, in its order and with its scores. */
  results: { id: string; score: number; factors: Record<string, number>; why: MatchReasons }[]
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResponse
  /** The same ranking as `search`, with what went into each score. */
  explain(query: string, options?: SearchOptions): SearchExplanation
  serialize(): SerializedSearchIndex
  /** Number of documents indexed. */
  readonly size: number
}
