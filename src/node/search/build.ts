import { loadKnowledgeBase } from '../knowledge/index'
import { createSearchIndex, type SerializedSearchIndex } from '../../core/search'
import type { KnowledgeBase } from '../../core/knowledge/types'
import { hashFingerprints, statFingerprints, type FileFingerprint } from './fingerprints'
import { summarizeKnowledgeBase, type KnowledgeSummary } from './summary'

/**
 * Everything the cache keeps: the knowledge base without its Map and without its per-file
 * results, the index, the file prints and the status counts.
 *
 * Per-file results (`fileResults`, what `updateKnowledgeBase` needs to re-read only the changed
 * files) are deliberately dropped: kept, they would repeat every article in the cache, and the
 * session never updates incrementally — any change rebuilds everything in the worker (pen-wiki:
 * about 3 s off the host's thread). A knowledge base from a session therefore has no
 * `fileResults`, and `updateKnowledgeBase` on it fails loudly ("not built by buildKnowledgeBase")
 * instead of working from a JSON-mangled `{}`.
 */
export interface SearchSnapshot {
  kb: Omit<KnowledgeBase, 'byId' | 'fileResults'>
  index: SerializedSearchIndex
  files: FileFingerprint[]
  summary: KnowledgeSummary
}

/** Loads the knowledge base and builds its index (in whichever thread calls it). */
export async function buildSnapshot(dirs: string[]): Promise<SearchSnapshot> {
  // Fingerprints first: a file changed while loading then looks stale next time, not fresh.
  const files = await hashFingerprints(dirs, await statFingerprints(dirs))
  const kb = await loadKnowledgeBase(dirs)
  const index = createSearchIndex(kb.articles).serialize()
  const summary = summarizeKnowledgeBase(kb)
  const { byId: _byId, fileResults: _fileResults, ...plain } = kb
  return { kb: plain, index, files, summary }
}
