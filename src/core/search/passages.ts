/**
 * An article's text split into passages (title, keywords, each section) and analyzed: the index
 * terms of every word with offsets and ordinals. The forward index is built from these once, with
 * the search index; queries read the forward index and never analyze article text.
 */
import type { Article } from '../knowledge/types'
import { analyzeWord } from './analyzer'
import { tokenize } from './tokenize'
import { urlRanges } from './urls'

export interface Passage {
  /** 'title', 'keywords' or a SectionRole. */
  role: string
  title: string
  /** The text as written (offsets refer to it; snippets collapse whitespace when shown). */
  text: string
  terms: string[]
  starts: number[]
  ends: number[]
  ordinals: number[]
  /** Slots (indexes into the arrays above) of each term. */
  slots: Map<string, number[]>
  /** [start, end) of link URLs in `text`: snippets neither anchor nor open inside them. */
  urls: [number, number][]
  /** Per slot: the word lies inside a URL (it still counts for ranking: URL paths name pages). */
  inUrl: boolean[]
}

/** Words of a passage that are analyzed (long FAQ pages and pasted logs are cut here). */
const MAX_PASSAGE_TOKENS = 1500

/** Splits an article into analyzed passages: title first, then sections, keywords and reply. */
export function articlePassages(article: Article): Passage[] {
  return passageSources(article).map((s) => analyzePassage(s.role, s.title, s.text))
}

const NOT_BLANK = /\S/

/** The raw passages of an article, in articlePassages order, not yet analyzed. */
export function passageSources(article: Article): { role: string; title: string; text: string }[] {
  const list = [{ role: 'title', title: article.title, text: article.title }]
  for (const section of article.sections) {
    // A test for any non-space rather than trim(): trim copies the whole text, once per hit.
    if (NOT_BLANK.test(section.text))
      list.push({ role: section.role, title: section.title, text: section.text })
  }
  if (article.keywords.length && !article.sections.some((s) => s.role === 'keywords')) {
    list.push({ role: 'keywords', title: 'Palavras-chave', text: article.keywords.join(' | ') })
  }
  if (!article.sections.some((s) => s.role === 'reply') && NOT_BLANK.test(article.reply.text)) {
    list.push({ role: 'reply', title: 'Modelo de Resposta', text: article.reply.text })
  }
  return list
}

/** Analyzes one passage's text: index terms of every word with offsets and ordinals. */
export function analyzePassage(role: string, title: string, text: string): Passage {
  const result: Passage = {
    role,
    title,
    text,
    terms: [],
    starts: [],
    ends: [],
    ordinals: [],
    slots: new Map(),
    urls: urlRanges(text),
    inUrl: [],
  }
  let url = 0
  for (const token of tokenize(text)) {
    if (result.terms.length >= MAX_PASSAGE_TOKENS) break
    while (url < result.urls.length && result.urls[url][1] <= token.start) url++
    const term = analyzeWord(token.text)
    if (term === null) continue
    result.terms.push(term)
    result.starts.push(token.start)
    result.ends.push(token.end)
    result.ordinals.push(token.index)
    result.inUrl.push(url < result.urls.length && token.end > result.urls[url][0])
    const slots = result.slots.get(term)
    if (slots) slots.push(result.terms.length - 1)
    else result.slots.set(term, [result.terms.length - 1])
  }
  return result
}
