import type { KnowledgeBase, KnowledgeRootInfo } from '../../core/knowledge/types'

/** Counts of one knowledge root, as the status shows them. */
export interface RootSummary {
  files: number
  articles: number
  /** Files of this root with at least one lint problem. */
  problemFiles: number
}

/**
 * What the knowledge status needs, computed when the base is built and kept in the cache header,
 * so a warm start can show it without parsing a single article.
 */
export interface KnowledgeSummary {
  roots: KnowledgeRootInfo[]
  files: number
  articles: number
  /** Distinct paths among the problems (as `KnowledgeBase.problems` names them). */
  problemFiles: number
  /** In `roots` order. */
  perRoot: RootSummary[]
}

/**
 * The summary of a knowledge base. Exact with the per-file results of a fresh build; without
 * them, a root's files are those that gave an article.
 */
export function summarizeKnowledgeBase(kb: KnowledgeBase): KnowledgeSummary {
  const problemPaths = new Set(kb.problems.map((p) => p.path))
  const perRoot: RootSummary[] = kb.roots.map(() => ({ files: 0, articles: 0, problemFiles: 0 }))
  // With several roots, problem paths carry the root's name (see linkKnowledgeBase).
  const several = kb.roots.length > 1
  for (const result of kb.fileResults?.values() ?? []) {
    const counts = perRoot[result.root]
    if (!counts) continue
    counts.files++
    const shown = several ? `${kb.roots[result.root].name}/${result.path}` : result.path
    if (problemPaths.has(shown)) counts.problemFiles++
  }
  const withArticle = kb.roots.map(() => new Set<string>())
  for (const article of kb.articles) {
    const counts = perRoot[article.root]
    if (!counts) continue
    counts.articles++
    withArticle[article.root].add(article.path)
  }
  if (!kb.fileResults) {
    for (const [root, paths] of withArticle.entries()) {
      const prefix = several ? `${kb.roots[root].name}/` : ''
      perRoot[root].files = paths.size
      perRoot[root].problemFiles = [...paths].filter((p) => problemPaths.has(prefix + p)).length
    }
  }
  return {
    roots: kb.roots,
    files: kb.files,
    articles: kb.articles.length,
    problemFiles: problemPaths.size,
    perRoot,
  }
}
