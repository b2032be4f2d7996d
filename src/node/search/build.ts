import { loadKnowledgeBase } from '../knowledge/index'
import { createSearchIndex, type SerializedSearchIndex } from '../../core/search'
import type { KnowledgeBase } from '../../core/knowledge/types'
import { hashFingerprints, statFingerprints, type FileFingerprint } from './fingerprints'

/** Everything the cache keeps: the knowledge base without its Map, the index, the file prints. */
export interface SearchSnapshot {
  kb: Omit<KnowledgeBase, 'byId'>
  index: SerializedSearchIndex
  files: FileFingerprint[]
}

/** Loads the knowledge base and builds its index (in whichever thread calls it). */
export async function buildSnapshot(dirs: string[]): Promise<SearchSnapshot> {
  // Fingerprints first: a file changed while loading then looks stale next time, not fresh.
  const files = await hashFingerprints(dirs, await statFingerprints(dirs))
  const kb = await loadKnowledgeBase(dirs)
  const index = createSearchIndex(kb.articles).serialize()
  const { byId: _byId, ...plain } = kb
  return { kb: plain, index, files }
}
