/** Result building: a ranked candidate becomes the hit the UI shows, with its snippet. */
import type { Article } from '../knowledge/types'
import type { MatchReasons, SearchHit } from '../api/types'
import type { ForwardIndex } from './forward-index'
import type { QueryTerm } from './query'
import { MASK_WORDS, type Word } from './query-plan'
import type { Candidate } from './scoring'
import { forwardSnippet, snippetFrom } from './snippet'

/** The hit for an article (the newest version), its snippet cut around the matched term ids. */
export function buildHit(
  article: Article,
  score: number,
  forward: ForwardIndex,
  ref: number | undefined,
  matched: ReadonlySet<number>,
  why: MatchReasons,
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
    why,
  }
}

/** Why a candidate matched: the query words it has, and the phrase it holds word for word. */
export function matchReasons(
  c: Candidate,
  words: readonly Word[],
  terms: readonly QueryTerm[],
  text: string,
): MatchReasons {
  const matched = words
    .filter((w, i) => i < MASK_WORDS && c.words & (1 << i) && !w.term.compound && !w.feedback)
    .sort((a, b) => a.term.position - b.term.position)
    .map((w) => text.slice(w.term.start, w.term.end))
  const run = c.verbatim
  const phrase = run
    ? text.slice(terms[run.from].start, terms[run.to - 1].end).replace(/\s+/g, ' ')
    : null
  return { terms: [...new Set(matched)], phrase }
}
