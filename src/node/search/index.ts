export {
  openSearch,
  cacheFile,
  workerScript,
  CACHE_VERSION,
  type OpenSearchOptions,
  type SearchSession,
} from './open-search'
export { buildSnapshot, type SearchSnapshot } from './build'
export type { KnowledgeSummary, RootSummary } from './summary'
