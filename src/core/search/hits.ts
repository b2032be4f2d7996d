/** Result building: a ranked candidate becomes the hit the UI shows, with its snippet. */
import type { Article } from '../knowledge/types'
import type { SearchHit } from '../api/types'
import type { ForwardIndex } from './forward-index'
import { forwardSnippet, snippetFrom } from './snippet'

/** The hit for an article (the newest version), its snippet cut around the matched term ids. */
export function buildHit(
  article: Article,
  score: number,
  forward: ForwardIndex,
  ref: number | undefined,
  matched: ReadonlySet<number>,
): SearchHit {
  const snippet =
    ref === undefined
      ? snippetFrom(article.title, null, [])
      : forwardSnippet(forward, ref, article, matched)
  return {
    id: article.id,
    path: article.path,
    title: article.title,
    score: Math.round(score * 10000) / 10000,
    snippet: snippet.snippet,
    marks: snippet.marks,
    section: snippet.section,
    sectionTitle: snippet.sectionTitle,
    kind: article.kind,
    product: article.product,
    superseded: article.superseded,
    date: article.date,
    version: article.version,
    responsibility: article.responsibility,
    olderVersions: [...article.olderVersions],
  }
}
