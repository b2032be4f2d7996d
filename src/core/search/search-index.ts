/** The search engine over Articles: one Lunr document per article, queries built term by term. */
import type { Article } from '../knowledge/types'
import type { SearchHit, SearchResponse } from '../api/types'
import { lunr, roteiroAnalyzer, type IndexInternals } from './analyzer'
import { CompactIndex } from './compact-index'
import { articleFields, FIELD_BOOSTS, SEARCH_FIELDS } from './documents'
import { CODE_TERM, ForwardIndex } from './forward-index'
import { TermExpander } from './expand'
import { PostingReader } from './postings'
import { parseQuery, type QueryTerm } from './query'
import { codeAgreement, coverage, windowCoverage, phraseScore, RANK, type CodeTerm } from './rank'
import { forwardSnippet, snippetFrom } from './snippet'
import { normalizeTier, normalizeTiers } from './tiers'
import type {
  ArticleFacts,
  ArticleLookup,
  SearchFilters,
  SearchIndex,
  SearchOptions,
  SerializedSearchIndex,
} from './types'

/**
 * 2: compact postings instead of Lunr's JSON; word–number pair terms. 3: forward index.
 * 4: word spans in the forward index.
 */
export const SERIALIZED_VERSION = 4
export const DEFAULT_LIMIT = 10
const MAX_LIMIT = 200
/** Words of a query that are scored; pasted text beyond this keeps its rarest words. */
const MAX_QUERY_WORDS = 24
/** Typos are looked for only in words this long (shorter ones have too many neighbours). */
const FUZZY_MIN_LENGTH = 5
/** Fewer exact results than this triggers the fuzzy pass over every long enough word. */
const FEW_RESULTS = 3
/** Unknown words get a fuzzy expansion on the first pass only in queries this short. */
const SHORT_QUERY_WORDS = 8
const PREFIX_BOOST = 0.5
/** A typed prefix also matches the index term it extends, trimming up to this many letters. */
const MAX_STEM_TRIM = 4
const MIN_STEM_PREFIX = 3
const FUZZY_BOOST = 0.4

/** Builds a search index over the given articles. */
export function createSearchIndex(articles: Article[]): SearchIndex {
  const fields = articles.map(articleFields)
  const index = lunr(function () {
    this.use(roteiroAnalyzer)
    this.ref('ref')
    for (const field of SEARCH_FIELDS) this.field(field, { boost: FIELD_BOOSTS[field] })
    fields.forEach((doc, ref) => this.add({ ref: String(ref), ...doc }))
  })
  const byId = new Map(articles.map((a) => [a.id, a]))
  const compact = CompactIndex.fromLunr(index as unknown as IndexInternals)
  return new Engine(
    compact,
    ForwardIndex.build(articles, compact),
    articles.map((a) => a.id),
    articles.map(articleFacts),
    (id) => byId.get(id),
  )
}

/** What the engine keeps of every article up front (the rest is read when a hit needs it). */
export function articleFacts(article: Article): ArticleFacts {
  return {
    id: article.id,
    kind: article.kind,
    product: article.product,
    superseded: article.superseded,
    supersededBy: article.supersededBy,
    olderVersions: article.olderVersions,
    tiers: normalizeTiers(article.responsibility),
  }
}

/**
 * Loads a serialized index. `articles` must contain the articles it was built from: an array, or
 * a lookup by id, called only for the articles a search shows or re-ranks (so a large knowledge
 * base need not be parsed before the first result).
 */
export function loadSearchIndex(
  serialized: SerializedSearchIndex,
  articles: Article[] | ArticleLookup,
): SearchIndex {
  if (serialized?.format !== 'roteiro-search' || serialized.version !== SERIALIZED_VERSION) {
    throw new Error('search index: unsupported serialized format')
  }
  let lookup: ArticleLookup
  if (Array.isArray(articles)) {
    const byId = new Map(articles.map((a) => [a.id, a]))
    lookup = (id) => byId.get(id)
  } else {
    lookup = articles
  }
  return new Engine(
    CompactIndex.fromData(serialized.index),
    ForwardIndex.fromData(serialized.forward),
    serialized.ids,
    serialized.facts,
    lookup,
  )
}

interface Word {
  term: QueryTerm
  /** Index terms that stand for this word, with their boost. */
  clauses: Map<string, number>
  weight: number
}

interface Candidate {
  ref: number
  article: ArticleFacts
  head: ArticleFacts
  score: number
  /** Bitmasks of the query words matched (anywhere, in the title). */
  words: number
  titleWords: number
  /** Score factors, for tuning (`explain`). */
  factors: Record<string, number>
}

const clock = (globalThis as unknown as { performance?: { now(): number } }).performance ?? Date

class Engine implements SearchIndex {
  private readonly heads = new Map<string, ArticleFacts>()
  private readonly expander: TermExpander
  private readonly documentFrequency = new Map<string, number>()
  private readonly postings: PostingReader
  private readonly refs: Map<string, number>
  private readonly documentCount: number
  /** Per index term, during re-ranking: see markTerms (all zero between queries). */
  private readonly termMasks: Int32Array

  constructor(
    private readonly index: CompactIndex,
    private readonly forward: ForwardIndex,
    private readonly ids: string[],
    private readonly facts: ArticleFacts[],
    private readonly lookup: ArticleLookup,
  ) {
    const articles = facts
    const byId = new Map(articles.map((a) => [a.id, a]))
    this.documentCount = ids.length
    this.termMasks = new Int32Array(index.termCount)
    this.refs = new Map(ids.map((id, ref) => [id, ref]))
    this.expander = new TermExpander(index)
    this.postings = new PostingReader(index, ids.length)
    // Older versions point at the newest: by supersededBy chains, or by the newest's olderVersions.
    for (const article of articles) {
      if (!article.supersededBy) {
        for (const older of article.olderVersions) this.heads.set(older, article)
      }
    }
    for (const article of articles) {
      let head = article
      const visited = new Set<string>()
      while (head.supersededBy && !visited.has(head.id)) {
        visited.add(head.id)
        const next = byId.get(head.supersededBy)
        if (!next) break
        head = next
      }
      if (head !== article) this.heads.set(article.id, head)
    }
  }

  get size(): number {
    return this.documentCount
  }

  serialize(): SerializedSearchIndex {
    return {
      format: 'roteiro-search',
      version: SERIALIZED_VERSION,
      ids: this.ids,
      index: this.index.toData(),
      facts: this.facts,
      forward: this.forward.toData(),
    }
  }

  /** The ranked candidates with their score factors, for tuning. */
  explain(query: string, limit = 10): { id: string; score: number; factors: object }[] {
    const words = this.words(parseQuery(query))
    if (!words.length) return []
    const candidates = this.execute(words, () => true)
    if (!candidates.length) return []
    return this.rank(candidates, words, this.clauseIds(words))
      .slice(0, limit)
      .map((c) => ({ id: c.article.id, score: c.score, factors: c.factors }))
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const started = clock.now()
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)))
    const results = this.run(typeof query === 'string' ? query : '', limit, options.filters ?? {})
    return { query, results, tookMs: Math.round((clock.now() - started) * 1000) / 1000 }
  }

  private run(query: string, limit: number, filters: SearchFilters): SearchHit[] {
    const words = this.words(parseQuery(query))
    if (!words.length) return []
    const accept = this.filter(filters)
    let candidates = this.execute(words, accept)
    if (candidates.length < FEW_RESULTS && this.addFuzzy(words, true)) {
      candidates = this.execute(words, accept)
    }
    if (!candidates.length) return []
    const ids = this.clauseIds(words)
    const ranked = this.rank(candidates, words, ids)
    const matched = new Set(ids.flat())
    return this.collapse(ranked, limit).map((c) => this.hit(c, matched))
  }

  /** Groups query terms into words with their index terms (exact, prefix, fuzzy). */
  private words(terms: QueryTerm[]): Word[] {
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
      word.weight = this.weight(word)
    }
    if (words.length > MAX_QUERY_WORDS) {
      const keep = new Set([...words].sort((a, b) => b.weight - a.weight).slice(0, MAX_QUERY_WORDS))
      words = words.filter((w) => keep.has(w))
    }
    if (words.length <= SHORT_QUERY_WORDS) this.addFuzzy(words, false)
    return words
  }

  /** Adds edit-distance-1 terms for misspelt words (all long words when `all`); true if any. */
  private addFuzzy(words: Word[], all: boolean): boolean {
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

  /** How much a word tells: the idf of its exact term, else of its most common expansion. */
  private weight(word: Word): number {
    const { stem } = word.term
    if (stem && word.clauses.get(stem) === 1) return this.idf(stem)
    let weight = Infinity
    for (const term of word.clauses.keys()) weight = Math.min(weight, this.idf(term))
    return Number.isFinite(weight) ? weight : 0
  }

  private execute(words: Word[], accept: (article: ArticleFacts) => boolean): Candidate[] {
    const acc = this.postings.accumulator()
    words.forEach((word, i) => {
      for (const [term, boost] of word.clauses) this.postings.add(acc, term, boost, 1 << i)
    })
    const refs = acc.touched.filter((ref) => acc.scores[ref] > 0)
    refs.sort((a, b) => acc.scores[b] - acc.scores[a])
    const candidates: Candidate[] = []
    for (const ref of refs) {
      const article = this.facts[ref]
      if (!article) continue
      const head = this.heads.get(article.id) ?? article
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

  /** `ids`: per word, the term ids of its clauses (clauseIds). */
  private rank(candidates: Candidate[], words: Word[], ids: number[][]): Candidate[] {
    const weights = words.map((w) => w.weight)
    const total = words.filter((w) => w.clauses.size).reduce((sum, w) => sum + w.weight, 0)
    const top = candidates[0].score || 1
    for (const c of candidates) {
      const cover = coverage(c.words, weights, total)
      const titleCover = coverage(c.titleWords, weights, total)
      c.factors = { bm25: c.score / top, cover, titleCover }
      c.score =
        (c.score / top) *
        (1 + RANK.coverage * cover * cover) *
        (1 + RANK.title * titleCover) *
        (c.head.superseded ? RANK.superseded : 1) *
        (RANK.kind[c.head.kind] ?? 1)
    }
    candidates.sort((a, b) => b.score - a.score)
    const pairs = this.pairs(words)
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
    ids.forEach((wordIds, i) => {
      for (const id of wordIds) mark(id, 1 << i)
    })
    for (const code of codes) for (let id = code.from; id < code.to; id++) mark(id, CODE_TERM)
    return marked
  }

  /** Adjacent query word pairs, in query order. */
  private pairs(words: Word[]): [number, number][] {
    const order = words
      .map((w, i) => ({ i, position: w.term.position, ok: w.clauses.size > 0 && !w.term.pair }))
      .filter((w) => w.ok)
      .sort((a, b) => a.position - b.position)
    const pairs: [number, number][] = []
    for (let k = 1; k < order.length; k++) pairs.push([order[k - 1].i, order[k].i])
    return pairs
  }

  /** Per word, the ids of the index terms it stands for (what re-ranking and snippets read). */
  private clauseIds(words: Word[]): number[][] {
    return words.map((word) => {
      const ids: number[] = []
      for (const term of word.clauses.keys()) {
        const id = this.index.termId(term)
        if (id !== -1) ids.push(id)
      }
      return ids
    })
  }

  /** Versions of one article collapse into the newest; keeps the best score of the group. */
  private collapse(ranked: Candidate[], limit: number): Candidate[] {
    const seen = new Map<string, Candidate>()
    const out: Candidate[] = []
    for (const c of ranked) {
      if (!this.lookup(c.head.id)) continue
      const group = seen.get(c.head.id)
      if (group) continue
      seen.set(c.head.id, c)
      out.push(c)
      if (out.length >= limit) break
    }
    return out
  }

  private hit(c: Candidate, matched: ReadonlySet<number>): SearchHit {
    const article = this.lookup(c.head.id)!
    const ref = this.refs.get(article.id)
    const snippet =
      ref === undefined
        ? snippetFrom(article.title, null, [])
        : forwardSnippet(this.forward, ref, article, matched)
    return {
      id: article.id,
      path: article.path,
      title: article.title,
      score: Math.round(c.score * 10000) / 10000,
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

  private filter(filters: SearchFilters): (article: ArticleFacts) => boolean {
    const products = filters.product?.length ? new Set(filters.product) : null
    const kinds = filters.kind?.length ? new Set<string>(filters.kind) : null
    const tiers = filters.tier?.length
      ? new Set(filters.tier.map(normalizeTier).filter((t): t is string => t !== null))
      : null
    const includeSuperseded = filters.includeSuperseded !== false
    return (article) =>
      (includeSuperseded || !article.superseded) &&
      (!products || products.has(article.product)) &&
      (!kinds || kinds.has(article.kind)) &&
      (!tiers || article.tiers.some((t) => tiers.has(t)))
  }

  /** BM25-style inverse document frequency of an index term. */
  private idf(term: string): number {
    let df = this.documentFrequency.get(term)
    if (df === undefined) {
      df = this.postings.documentFrequency(term)
      this.documentFrequency.set(term, df)
    }
    return Math.log(1 + (this.documentCount - df + 0.5) / (df + 0.5))
  }
}
