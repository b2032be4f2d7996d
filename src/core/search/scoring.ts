/**
 * Scoring: the planned words run against the postings (BM25, every word optional), then the
 * best candidates are re-ranked by coverage, title matches, phrases, proximity and codes (rank.ts).
 */
import type { CompactIndex } from './compact-index'
import { CODE_TERM, type ForwardIndex } from './forward-index'
import type { Accumulator, PostingReader } from './postings'
import { MASK_WORDS, type Word } from './query-plan'
import { codeAgreement, coverage, windowCoverage, phraseScore, RANK, type CodeTerm } from './rank'
import type { ArticleFacts } from './types'
import { FIELD_BOOSTS, type SearchField } from './documents'
import { longestRun, type TermStream, type VerbatimRun } from './verbatim'

/**
 * Queries of this many typed words are pasted text: a word of a long message says less about
 * the title than a word of a short query does, so field boosts are flattened (boost^(1 − f)).
 */
const LONG_QUERY_WORDS = 10
/** Measured on the realistic set: 0 → R@1 0.63, 0.5 → 0.63, 0.8 → 0.66, 1 → 0.64. */
const LONG_FLATTEN = 0.8

/** A document being ranked for a query. */
export interface Candidate {
  ref: number
  article: ArticleFacts
  /** The newest version of the article (what is shown and filtered). */
  head: ArticleFacts
  score: number
  /** Bitmasks of the query words matched (anywhere, in the title). */
  words: number
  titleWords: number
  /** Score factors, for tuning (`explain`). */
  factors: Record<string, number>
  /** The longest run of the query found word for word, when it counted. */
  verbatim?: VerbatimRun
}

export class Scorer {
  /** Per index term, during re-ranking: see markTerms (all zero between queries). */
  private readonly termMasks: Int32Array
  /** Per field: the multiplier that flattens field boosts for long queries. */
  private readonly longScale: Float64Array
  /**
   * Per document ref, read for every candidate of every query and so worked out once: its
   * newest version, its FAQ page (pageOf) and whether that version is a folder's index page.
   */
  private readonly headOf: ArticleFacts[]
  private readonly pageOf: (string | null)[]
  private readonly indexPage: Uint8Array
  /** What the shared accumulator holds: the words last executed and their clause counts. */
  private executed: { words: Word[]; clauses: number[]; scale?: Float64Array } | null = null
  /** Verbatim runs of the last query's stream, by document ref. */
  private runs: { stream: TermStream | null; byRef: Map<number, VerbatimRun | null> } = {
    stream: null,
    byRef: new Map(),
  }

  constructor(
    private readonly index: CompactIndex,
    private readonly forward: ForwardIndex,
    private readonly postings: PostingReader,
    private readonly facts: readonly ArticleFacts[],
    heads: ReadonlyMap<string, ArticleFacts>,
  ) {
    this.termMasks = new Int32Array(index.termCount)
    this.headOf = facts.map((article) => heads.get(article.id) ?? article)
    this.pageOf = facts.map(pageOf)
    this.indexPage = Uint8Array.from(this.headOf, (head) => (INDEX_PAGE.test(head.id) ? 1 : 0))
    this.longScale = Float64Array.from(index.fields, (f) => {
      const boost = FIELD_BOOSTS[f as SearchField] ?? 1
      return boost ** -LONG_FLATTEN
    })
  }

  /** The documents matching any word, best BM25 sum first, whose newest version `accept`s. */
  execute(words: Word[], accept: (article: ArticleFacts) => boolean): Candidate[] {
    const acc = this.postings.accumulator()
    const scale = isLong(words) ? this.longScale : undefined
    this.addWords(acc, words, 0, scale)
    this.executed = { words: [...words], clauses: words.map((w) => w.clauses.size), scale }
    return this.select(acc, accept)
  }

  /**
   * The same as `execute(words, accept)` when the last execute ran the first words unchanged and
   * the rest are appended (feedback words): only those are added to its sums, in the order a
   * full run adds them, so scores are identical to the last bit.
   */
  executeMore(words: Word[], accept: (article: ArticleFacts) => boolean): Candidate[] {
    const last = this.executed
    const scale = isLong(words) ? this.longScale : undefined
    const same =
      last !== null &&
      last.scale === scale &&
      words.length >= last.words.length &&
      last.words.every((w, i) => words[i] === w && w.clauses.size === last.clauses[i])
    if (!same) return this.execute(words, accept)
    const acc = this.postings.current()
    this.addWords(acc, words, last.words.length, scale)
    this.executed = { words: [...words], clauses: words.map((w) => w.clauses.size), scale }
    return this.select(acc, accept)
  }

  private addWords(acc: Accumulator, words: Word[], from: number, scale?: Float64Array): void {
    for (let i = from; i < words.length; i++) {
      const bit = i < MASK_WORDS ? 1 << i : 0
      for (const [term, boost] of words[i].clauses) this.postings.add(acc, term, boost, bit, scale)
    }
  }

  /** The accumulated documents as candidates, best first, the first RANK.candidates accepted. */
  private select(acc: Accumulator, accept: (article: ArticleFacts) => boolean): Candidate[] {
    const refs = acc.touched.filter((ref) => acc.scores[ref] > 0)
    refs.sort((a, b) => acc.scores[b] - acc.scores[a])
    const candidates: Candidate[] = []
    for (const ref of refs) {
      const article = this.facts[ref]
      if (!article) continue
      const head = this.headOf[ref]
      if (!accept(head)) continue
      candidates.push({
        ref,
        article,
        head,
        score: acc.scores[ref],
        words: acc.words[ref],
        titleWords: acc.titleWords[ref],
        factors: {},
      })
      if (candidates.length >= RANK.candidates) break
    }
    return candidates
  }

  /**
   * Re-ranks candidates in place and returns them sorted. `ids`: per word, its clause term ids;
   * `stream`: the query's terms in order, for verbatim runs.
   */
  rank(candidates: Candidate[], words: Word[], ids: number[][], stream?: TermStream): Candidate[] {
    const masked = words.slice(0, MASK_WORDS)
    const weights = masked.map((w) => w.weight)
    const total = masked.filter((w) => w.clauses.size).reduce((sum, w) => sum + w.weight, 0)
    const top = candidates[0].score || 1
    const pages = this.pageWords(candidates)
    for (const c of candidates) {
      const own = coverage(c.words, weights, total)
      const page = pages.get(this.pageOf[c.ref])
      const pageCover = page === undefined ? own : coverage(page, weights, total)
      const cover = own + RANK.page * (pageCover - own)
      const titleCover = coverage(c.titleWords, weights, total)
      c.factors = { bm25: c.score / top, cover, pageCover, titleCover }
      c.score =
        (c.score / top) *
        (1 + RANK.coverage * cover * cover) *
        (1 + RANK.title * titleCover) *
        (c.head.superseded ? RANK.superseded : 1) *
        (RANK.kind[c.head.kind] ?? 1) *
        (this.indexPage[c.ref] ? RANK.indexPage : 1)
    }
    candidates.sort((a, b) => b.score - a.score)
    const streamWords = stream ? stream.counts.reduce((sum, c) => sum + c, 0) : 0
    if (stream && streamWords >= RANK.verbatimQuery) {
      this.rankVerbatim(candidates, stream, streamWords, this.streamBits(stream, masked))
    }
    const pairs = adjacentPairs(masked)
    const codes = words.filter((w) => w.term.pair).map((w) => this.codeTerm(w.term.stem))
    if (pairs.length || codes.length) {
      const marked = this.markTerms(ids, codes)
      try {
        for (const c of candidates.slice(0, RANK.phraseCandidates)) {
          const passages = this.forward.rankPassages(c.ref, this.termMasks)
          const focus = windowCoverage(passages, weights, total)
          const phrase = phraseScore(pairs, passages)
          const code = codeAgreement(codes, passages)
          c.factors.focus = focus
          c.factors.phrase = phrase
          c.factors.code = code
          c.score *=
            (1 + RANK.phrase * phrase) *
            (1 + RANK.proximity * focus * focus) *
            (1 + RANK.code * code)
        }
      } finally {
        for (const id of marked) this.termMasks[id] = 0
      }
      candidates.sort((a, b) => b.score - a.score)
    }
    return candidates
  }

  /** Per FAQ page: the query words its candidate articles match together (a bitmask). */
  private pageWords(candidates: readonly Candidate[]): Map<string | null, number> {
    const pages = new Map<string | null, number>()
    for (const c of candidates) {
      const key = this.pageOf[c.ref]
      if (key !== null) pages.set(key, (pages.get(key) ?? 0) | c.words)
    }
    return pages
  }

  /** Multiplies the score of candidates holding a long run of the query word for word. */
  private rankVerbatim(
    candidates: Candidate[],
    stream: TermStream,
    queryWords: number,
    bits: Int32Array,
  ): void {
    const span = RANK.verbatimFull - RANK.verbatimMin + 1
    for (const c of candidates.slice(0, RANK.verbatimCandidates)) {
      if (longestPossibleRun(stream, bits, c.words) < RANK.verbatimMin) continue
      const run = this.longestRun(c.ref, stream)
      if (!run || run.words < RANK.verbatimMin) continue
      // A long run counts in full; so does a shorter one that is most of the query.
      const share = Math.min(
        1,
        Math.max((run.words - RANK.verbatimMin + 1) / span, run.words / queryWords),
      )
      c.factors.verbatim = run.words
      c.verbatim = run
      c.score *= 1 + RANK.verbatim * share
    }
    candidates.sort((a, b) => b.score - a.score)
  }

  /**
   * Per stream position, the bit of the query word its term belongs to (the word's own stem),
   * or -1 when no word with a bit stands for it.
   */
  private streamBits(stream: TermStream, masked: readonly Word[]): Int32Array {
    const bitOf = new Map<number, number>()
    masked.forEach((w, i) => {
      if (w.feedback) return
      const id = this.index.termId(w.term.stem)
      if (id !== -1) bitOf.set(id, (bitOf.get(id) ?? 0) | (1 << i))
    })
    return Int32Array.from(stream.ids, (id) => bitOf.get(id) ?? -1)
  }

  /**
   * The candidate's longest verbatim run, cached for the stream: it depends on the query's text
   * alone, and a query is re-ranked after associations and feedback with the same candidates.
   */
  private longestRun(ref: number, stream: TermStream): VerbatimRun | null {
    if (this.runs.stream !== stream) this.runs = { stream, byRef: new Map() }
    let run = this.runs.byRef.get(ref)
    if (run === undefined) {
      run = longestRun(this.forward, ref, stream)
      this.runs.byRef.set(ref, run)
    }
    return run
  }

  /** A pair term of the query, with the id range of its word's pairs ("status_" → "status_5"…). */
  private codeTerm(stem: string): CodeTerm {
    const [from, to] = this.index.prefixRange(stem.slice(0, stem.indexOf('_') + 1))
    return { id: this.index.termId(stem), from, to }
  }

  /**
   * Sets, in termMasks, the query word bits of every index term the words stand for and the
   * CODE_TERM bit of every pair of the codes' words; returns the ids set, to clear afterwards.
   */
  private markTerms(ids: number[][], codes: CodeTerm[]): number[] {
    const marked: number[] = []
    const mark = (id: number, bits: number) => {
      if (this.termMasks[id] === 0) marked.push(id)
      this.termMasks[id] |= bits
    }
    ids.slice(0, MASK_WORDS).forEach((wordIds, i) => {
      for (const id of wordIds) mark(id, 1 << i)
    })
    for (const code of codes) for (let id = code.from; id < code.to; id++) mark(id, CODE_TERM)
    return marked
  }
}

/**
 * An upper bound on the words of a candidate's longest verbatim run: the longest stretch of the
 * stream whose terms the candidate may hold (its matched words, `words`, hold their stems; a
 * term of no word counts as held). A candidate below RANK.verbatimMin is not read at all.
 */
function longestPossibleRun(stream: TermStream, bits: Int32Array, words: number): number {
  let best = 0
  let run = 0
  for (let j = 0; j < stream.ids.length; j++) {
    const bit = bits[j]
    if (stream.ids[j] === -1 || (bit !== -1 && (words & bit) === 0)) run = 0
    else if ((run += stream.counts[j]) > best) best = run
  }
  return best
}

/** A folder's landing page (Sphinx's index.rst): its table of contents, maybe an overview. */
const INDEX_PAGE = /(?:^|\/)index\.rst$/i

/** Whether a query is pasted text (LONG_QUERY_WORDS typed words or more). */
export function isLong(words: readonly Word[]): boolean {
  return words.filter((w) => !w.feedback && !w.term.compound).length >= LONG_QUERY_WORDS
}

/**
 * The FAQ page a question article is part of: its file (the id without "#question"); null for
 * other kinds (a file of several scripts, such as one of superseded ones, is not one topic).
 */
function pageOf(article: ArticleFacts): string | null {
  const hash = article.id.indexOf('#')
  return article.kind !== 'faq' || hash === -1 ? null : article.id.slice(0, hash)
}

/** Adjacent query word pairs, in query order. */
function adjacentPairs(words: Word[]): [number, number][] {
  const order = words
    .map((w, i) => ({
      i,
      position: w.term.position,
      ok: w.clauses.size > 0 && !w.term.pair && !w.feedback,
    }))
    .filter((w) => w.ok)
    .sort((a, b) => a.position - b.position)
  const pairs: [number, number][] = []
  for (let k = 1; k < order.length; k++) pairs.push([order[k - 1].i, order[k].i])
  return pairs
}
