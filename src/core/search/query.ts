/** Turns what the agent typed or pasted into query terms (never Lunr query syntax). */
import { analyzeWord } from './analyzer'
import { fold } from './fold'
import { tokenize } from './tokenize'

export interface QueryTerm {
  /** Folded and stemmed, as stored in the index. */
  stem: string
  /** Folded surface form (used for prefix expansion). */
  folded: string
  /** Word ordinal in the query, for phrase matching. */
  position: number
  /** The token is the last one and is still being typed: it also matches as a prefix. */
  prefix: boolean
  /** A word–number pair ("status_6"), scored beside its parts but not part of phrases. */
  pair?: boolean
}

/** Pasted logs can be huge: only this much of the query is read. */
export const MAX_QUERY_CHARS = 4000

/** Parses a query: folded, stemmed terms without stop words; prefix flag on the last word. */
export function parseQuery(query: string): QueryTerm[] {
  const text = query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query
  const tokens = tokenize(text)
  const last = tokens.at(-1)
  // A word is still being typed when nothing follows it.
  const typing = last !== undefined && last.end === text.length
  const terms: QueryTerm[] = []
  for (const token of tokens) {
    const stem = analyzeWord(token.text)
    const folded = fold(token.text)
    const isLast = typing && token.end === text.length && !token.compound
    if (stem === null) {
      // A stop word being typed may be the start of a real word ("na" → "natureza").
      if (isLast && folded.length >= 2) {
        terms.push({ stem: '', folded, position: token.index, prefix: true })
      }
      continue
    }
    const prefix = isLast && folded.length >= 2
    terms.push({ stem, folded, position: token.index, prefix, ...(token.pair && { pair: true }) })
  }
  // A lone prefix of a stop word is not a query.
  if (terms.every((t) => t.stem === '')) return []
  return terms
}
