/** Turns what the agent typed or pasted into query terms (never Lunr query syntax). */
import { analyzeWord } from './analyzer'
import { foldAccents as fold } from '../text/fold'
import { phrasalWord } from './glossary'
import { QUERY_STOP_WORDS } from './query-stop-words'
import { tokenize, type TextToken } from './tokenize'

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
  /** The whole form of a code or pair; its parts follow as terms of their own. */
  compound?: boolean
  /** [start, end) of the word in the query text (to quote the phrase a hit matched). */
  start: number
  end: number
}

/** Where a camel-case identifier splits: "MdEstatisticasColetarRN" → Md|Estatisticas|Coletar|RN. */
const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u

/**
 * A class or method name copied from a log ("obterQuantidadeDocumentos") names, in its parts,
 * what failed in the KB's own words: it is kept whole (compound) and its parts follow it.
 */
function splitIdentifier(token: TextToken): TextToken[] {
  if (token.compound || !CAMEL_BOUNDARY.test(token.text)) return [token]
  const parts = token.text.split(CAMEL_BOUNDARY)
  // Brand names ("WhatsApp", "LibreOffice") have two capitalized parts; code starts in lower case
  // ("coletarIndicadores") or joins more parts ("MdEstatisticasColetarRN").
  if (parts.length < 3 && !/^\p{Ll}/u.test(token.text)) return [token]
  const out: TextToken[] = [{ ...token, compound: true }]
  let at = token.start
  for (const part of parts) {
    out.push({ text: part, start: at, end: at + part.length, index: token.index, compound: false })
    at += part.length
  }
  return out
}

/**
 * Parses a query (already read by readTicketText): folded, stemmed terms without stop words or
 * courtesy words; prefix flag on the last word.
 */
export function parseQuery(text: string): QueryTerm[] {
  const tokens = tokenize(text)
  const last = tokens.at(-1)
  // A word is still being typed when nothing follows it.
  const typing = last !== undefined && last.end === text.length
  const terms: QueryTerm[] = []
  const words = tokens.flatMap(splitIdentifier)
  words.forEach((token, i) => {
    // The verb of an English phrasal verb stands for the pair; its particle is a stop word.
    const phrasal = phrasalWord(fold(token.text), words[i + 1] && fold(words[i + 1].text))
    const folded = phrasal ?? fold(token.text)
    const stem = QUERY_STOP_WORDS.has(folded) ? null : analyzeWord(phrasal ?? token.text)
    const isLast = typing && token.end === text.length && !token.compound
    if (stem === null) {
      // A stop word being typed may be the start of a real word ("na" → "natureza").
      if (isLast && folded.length >= 2) {
        terms.push({
          stem: '',
          folded,
          position: token.index,
          prefix: true,
          start: token.start,
          end: token.end,
        })
      }
      return
    }
    const prefix = isLast && folded.length >= 2
    terms.push({
      stem,
      folded,
      position: token.index,
      prefix,
      start: token.start,
      end: token.end,
      ...(token.pair && { pair: true }),
      ...(token.compound && { compound: true }),
    })
  })
  // A lone prefix of a stop word is not a query.
  if (terms.every((t) => t.stem === '')) return []
  return terms
}
