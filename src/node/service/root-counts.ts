import type { KnowledgeBase } from '../../core/knowledge/types'
import type { KnowledgeBackend } from './ports'

/** Knowledge files of one root, and how many of them have lint problems. */
export interface RootCounts {
  files: number
  problemFiles: number
}

/**
 * Exact per-root counts of a knowledge base, in `kb.roots` order. A freshly built base carries
 * its per-file results; one restored from the search cache does not (its Map does not survive
 * JSON), so then a single root owns every file and several roots are listed on disk.
 */
export async function rootCounts(
  kb: KnowledgeBase,
  knowledge: Pick<KnowledgeBackend, 'listFiles'>,
): Promise<RootCounts[]> {
  const problemPaths = new Set(kb.problems.map((p) => p.path))
  let lists: string[][]
  if (kb.fileResults instanceof Map) {
    lists = kb.roots.map(() => [])
    for (const result of kb.fileResults.values()) lists[result.root]?.push(result.path)
  } else if (kb.roots.length === 1) {
    return [{ files: kb.files, problemFiles: problemPaths.size }]
  } else {
    lists = await knowledge.listFiles(kb.roots.map((r) => r.dir))
  }
  // Problems carry only a relative path: with several roots, a path found in two roots counts
  // in both (rare, and only a count).
  return lists.map((paths) => ({
    files: paths.length,
    problemFiles: paths.filter((p) => problemPaths.has(p)).length,
  }))
}
