export {
  openSearch,
  cacheFile,
  workerScript,
  type OpenSearchOptions,
  type SearchSession,
} from './open-search'
export { buildSnapshot, type SearchSnapshot } from './build'
