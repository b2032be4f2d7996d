/**
 * Query planning: the parsed query terms grouped into words, each with the index terms that
 * stand for it (exact stem, prefix completions, edit-distance-1 neighbours) and its weight.
 */
import type { CompactIndex } from './compact-index'
import { TermExpander } from './expand'
import { glossaryTerms } from './glossary'
import type { QueryTerm } from './query'
import type { TermStatistics } from './term-statistics'

/** Words of a query that are scored; pasted text beyond this keeps its rarest words. */
export const MAX_QUERY_WORDS = 24
/**
 * Words that get a bit in the 32-bit word masks (coverage, phrases, reasons; bit 30 is
 * CODE_TERM): in longer queries the rarest words do, the others add to BM25 only.
 */
export const MASK_WORDS = 30
/** Typos are looked for only in words this long (shorter ones have too many neighbours). */
const FUZZY_MIN_LENGTH = 5
/** Unknown words get a fuzzy expansion on the first pass only in queries this short. */
const SHORT_QUERY_WORDS = 8
const PREFIX_BOOST = 0.5
/** A typed prefix also matches the index term it extends, trimming up to this many letters. */
const MAX_STEM_TRIM = 4
const MIN_STEM_PREFIX = 3
const FUZZY_BOOST = 0.4
/** A glossary target counts nearly as much as the word itself (it is the KB's word for it). */
const GLOSSARY_BOOST = 0.8

/** One word of the query and the index terms it stands for. */
export interface Word {
  term: QueryTerm
  /** Index terms that stand for this word, with their boost. */
  clauses: Map<string, number>
  weight: number
  /** Added by pseudo-relevance feedback (feedback.ts), not typed. */
  feedback?: boolean
}

export class QueryPlanner {
  private readonly expander: TermExpander

  constructor(
    private readonly index: CompactIndex,
    private readonly stats: TermStatistics,
  ) {
    this.expander = new TermExpander(index)
  }

  /** Groups query terms into words with their index terms (exact, prefix, fuzzy). */
  plan(terms: QueryTerm[]): Word[] {
    const byKey = new Map<string, Word>()
    for (const term of terms) {
      const key = term.stem || `${term.folded}*`
      const existing = byKey.get(key)
      if (existing) {
        existing.term.prefix ||= term.prefix
        continue
      }
      byKey.set(key, { term: { ...term }, clauses: new Map(), weight: 0 })
    }
    let words = [...byKey.values()]
    for (const word of words) {
      const { stem, prefix } = word.term
      if (stem && this.index.has(stem)) word.clauses.set(stem, 1)
      if (prefix) this.addPrefix(word)
      const glossary = this.addGlossary(word)
      word.weight = this.weight(word, glossary)
    }
    if (words.length > MAX_QUERY_WORDS) {
      words = [...words].sort((a, b) => b.weight - a.weight).slice(0, MAX_QUERY_WORDS)
    }
    if (words.length <= SHORT_QUERY_WORDS) this.addFuzzy(words, false)
    return words
  }

  /** Query words for feedback terms: each its own word, its idf scaled by `share`. */
  feedbackWords(terms: readonly string[], share: number, boost: number): Word[] {
    return terms.map((term, i) => ({
      term: { stem: term, folded: term, position: 1e6 + i, prefix: false, start: 0, end: 0 },
      clauses: new Map([[term, boost]]),
      weight: this.stats.idf(term) * share,
      feedback: true,
    }))
  }

  /** Adds edit-distance-1 terms for misspelt words (all long words when `all`); true if any. */
  addFuzzy(words: Word[], all: boolean): boolean {
    let added = false
    for (const word of words) {
      const { stem } = word.term
      if (stem.length < FUZZY_MIN_LENGTH || !/^\p{L}+$/u.test(stem)) continue
      if (!all && word.clauses.size) continue
      for (const term of this.expander.fuzzy(stem)) {
        if (!word.clauses.has(term)) {
          word.clauses.set(term, FUZZY_BOOST)
          added = true
        }
      }
      word.weight = this.weight(word)
    }
    return added
  }

  /** Per word, the ids of the index terms it stands for (what re-ranking and snippets read). */
  clauseIds(words: Word[]): number[][] {
    return words.map((word) => {
      const ids: number[] = []
      for (const term of word.clauses.keys()) {
        const id = this.index.termId(term)
        if (id !== -1) ids.push(id)
      }
      return ids
    })
  }

  /**
   * A word still being typed: index terms that start with it, and the longest index term that
   * it starts with (the stem of the word being typed, e.g. "tramit" for "tramitaca").
   */
  private addPrefix(word: Word): void {
    const { folded } = word.term
    for (const term of this.expander.prefix(folded)) {
      if (!word.clauses.has(term)) word.clauses.set(term, PREFIX_BOOST)
    }
    if (word.clauses.get(word.term.stem) === 1) return
    const shortest = Math.max(MIN_STEM_PREFIX, folded.length - MAX_STEM_TRIM)
    for (let end = folded.length - 1; end >= shortest; end--) {
      const stem = folded.slice(0, end)
      if (this.index.has(stem)) {
        if (!word.clauses.has(stem)) word.clauses.set(stem, PREFIX_BOOST)
        break
      }
    }
  }

  /** Adds the glossary's targets of the word that are in the index; returns them. */
  private addGlossary(word: Word): string[] {
    const added: string[] = []
    for (const term of glossaryTerms(word.term.folded)) {
      if (!this.index.has(term)) continue
      added.push(term)
      if (!word.clauses.has(term)) word.clauses.set(term, GLOSSARY_BOOST)
    }
    return added
  }

  /**
   * How much a word tells: the idf of its exact term, else of its most common expansion. A word
   * the glossary translates tells as much as its most common meaning ("error" is "erro").
   */
  private weight(word: Word, glossary: readonly string[] = []): number {
    const { stem } = word.term
    if (stem && word.clauses.get(stem) === 1) {
      let idf = this.stats.idf(stem)
      for (const term of glossary) idf = Math.min(idf, this.stats.idf(term))
      return idf
    }
    let weight = Infinity
    for (const term of word.clauses.keys()) weight = Math.min(weight, this.stats.idf(term))
    return Number.isFinite(weight) ? weight : 0
  }
}

/**
 * In a long message the question asked ("Como faço para…?") names what is wanted: words of
 * sentences that end in "?" count `factor` times as much, in BM25 and in coverage.
 */
export function emphasizeQuestions(words: Word[], text: string, factor: number): void {
  const questions = [...text.matchAll(/[^.!?\n]*\?/g)].map((m) => [m.index, m.index + m[0].length])
  if (!questions.length) return
  for (const word of words) {
    const { start } = word.term
    if (!questions.some(([from, to]) => start >= from && start < to)) continue
    word.weight *= factor
    for (const [term, boost] of word.clauses) word.clauses.set(term, boost * factor)
  }
}

/** Words that start at `from` or later (a signature, see readTicketText) count `factor` times. */
export function deemphasizeFrom(words: Word[], from: number, factor: number): void {
  for (const word of words) {
    if (word.term.start < from) continue
    word.weight *= factor
    for (const [term, boost] of word.clauses) word.clauses.set(term, boost * factor)
  }
}
