import type { Article, KnowledgeBase } from './types'
import { wikiUrlToPath } from './references'

/** Maps a published-wiki URL to the article of this knowledge base it points to, with its anchor. */
export function resolveWikiUrl(
  kb: KnowledgeBase,
  url: string,
): { articleId: string; anchor: string | null } | null {
  const target = wikiUrlToPath(url)
  if (!target) return null
  const folded = target.path.toLowerCase()
  let inFile = kb.articles.filter((a) => a.path === target.path)
  if (!inFile.length) inFile = kb.articles.filter((a) => a.path.toLowerCase() === folded)
  if (!inFile.length) return null
  const anchor = target.anchor
  const holds = (a: Article) => a.anchor === anchor || a.sections.some((s) => s.anchor === anchor)
  const article =
    (anchor ? inFile.find(holds) : undefined) ?? inFile.find((a) => !a.superseded) ?? inFile[0]
  return { articleId: article.id, anchor }
}
