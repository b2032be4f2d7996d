import type { ArticleKind } from '../knowledge/types'
import type { SearchResponse } from '../api/types'

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
  lunr: object
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResponse
  serialize(): SerializedSearchIndex
  /** Number of documents indexed. */
  readonly size: number
}
