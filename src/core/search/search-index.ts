/**
 * The search engine over Articles: one document per article in our own BM25 index (see
 * bm25-index.ts), queries planned word by word (query-plan.ts), scored and re-ranked
 * (scoring.ts), collapsed by version (versions.ts) and turned into hits (hits.ts).
 */
import type { Article } from '../knowledge/types'
import type { SearchResponse } from '../api/types'
import { buildBm25Index } from './bm25-index'
import { CompactIndex } from './compact-index'
import { articleFields, FIELD_BOOSTS, SEARCH_FIELDS } from './documents'
import { acceptFilter } from './filters'
import { ForwardIndex } from './forward-index'
import { buildForwardIndex } from './forward-index-build'
import { feedbackTerms } from './feedback'
import { ASSOCIATION, associate, TermAssociations } from './associations'
import { buildHit, matchReasons } from './hits'
import { PostingReader } from './postings'
import { parseQuery, type QueryTerm } from './query'
import { deemphasizeFrom, emphasizeQuestions, QueryPlanner, type Word } from './query-plan'
import { isLong, Scorer, type Candidate } from './scoring'
import { TermStatistics } from './term-statistics'
import { readTicketText, type TicketText } from './ticket-text'
import { normalizeTiers } from './tiers'
import { termStream } from './verbatim'
import { spreadFiles } from './spread'
import { namedProducts, otherSystem } from './products'
import {
  FEEDBACK,
  FEW_RESULTS,
  OTHER_SYSTEM,
  QUESTION_EMPHASIS,
  SIGNATURE_WEIGHT,
  SPREAD,
} from './pipeline-tuning'
import { collapseVersions, versionHeads } from './versions'
import type {
  ArticleFacts,
  ArticleLookup,
  SearchIndex,
  SearchExplanation,
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
/** Query words get one bit each in 32-bit masks; bit 30 is CODE_TERM. */
const MAX_MASK_WORDS = 30

/** Builds a search index over the given articles. */
export function createSearchIndex(articles: Article[]): SearchIndex {
  const compact = buildBm25Index({
    fields: SEARCH_FIELDS,
    boosts: FIELD_BOOSTS,
    documents: articles.map(articleFields),
  })
  const byId = new Map(articles.map((a) => [a.id, a]))
  return new Engine(
    compact,
    buildForwardIndex(articles, compact),
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

/** The file an article id belongs to: ids are the file's id, then "#anchor" for one of several. */
const fileOf = (id: string) => {
  const hash = id.indexOf('#')
  return hash === -1 ? id : id.slice(0, hash)
}

const clock = (globalThis as unknown as { performance?: { now(): number } }).performance ?? Date

/** What one query went through on its way to its results (shared by search and explain). */
interface Ranking {
  read: TicketText
  text: string
  terms: QueryTerm[]
  /** The planned words, feedback words last. */
  words: Word[]
  /** The candidates shown, in order. */
  shown: Candidate[]
  /** Index term ids of the typed words, for snippets. */
  matched: ReadonlySet<number>
  associations: Record<string, string[]>
  feedback: string[]
}

class Engine implements SearchIndex {
  private readonly refs: Map<string, number>
  private readonly planner: QueryPlanner
  private readonly scorer: Scorer
  private readonly stats: TermStatistics
  private readonly associations: TermAssociations

  constructor(
    private readonly index: CompactIndex,
    private readonly forward: ForwardIndex,
    private readonly ids: string[],
    private readonly facts: ArticleFacts[],
    private readonly lookup: ArticleLookup,
  ) {
    this.refs = new Map(ids.map((id, ref) => [id, ref]))
    const postings = new PostingReader(index, ids.length)
    this.stats = new TermStatistics(postings, ids.length)
    this.planner = new QueryPlanner(index, this.stats)
    this.scorer = new Scorer(index, forward, postings, facts, versionHeads(facts))
    this.associations = new TermAssociations(index, forward, ids.length, ASSOCIATION.options)
  }

  get size(): number {
    return this.ids.length
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

  explain(query: string, options: SearchOptions = {}): SearchExplanation {
    const ranking = this.ranking(query, options)
    return {
      associations: ranking.associations,
      feedback: ranking.feedback,
      results: ranking.shown.map((c) => ({
        id: c.head.id,
        score: c.score,
        factors: { ...c.factors },
        why: matchReasons(c, ranking.words, ranking.terms, ranking.text),
      })),
    }
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const started = clock.now()
    const { read, shown, words, terms, text, matched } = this.ranking(query, options)
    const results = shown.map((c) => {
      const article = this.lookup(c.head.id)!
      const why = matchReasons(c, words, terms, text)
      return buildHit(article, c.score, this.forward, this.refs.get(article.id), matched, why)
    })
    return {
      query,
      results,
      tookMs: Math.round((clock.now() - started) * 1000) / 1000,
      truncated: read.truncated,
      nup: read.nup,
    }
  }

  /**
   * The one ranking path of `search` and `explain`: the query read and planned, its candidates
   * scored, then re-scored with the learned associations and with feedback where they apply,
   * weighed by the system the message names, collapsed by version and spread over files.
   */
  private ranking(query: string, options: SearchOptions): Ranking {
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)))
    const read = readTicketText(typeof query === 'string' ? query : '')
    const { text, signatureAt } = read
    const terms = parseQuery(text)
    const words = this.plan(terms, text, signatureAt)
    const none: Ranking = {
      read,
      text,
      terms,
      words,
      shown: [],
      matched: new Set(),
      associations: {},
      feedback: [],
    }
    if (!words.length) return none
    const accept = acceptFilter(options.filters ?? {})
    let candidates = this.scorer.execute(words, accept)
    if (candidates.length < FEW_RESULTS && this.planner.addFuzzy(words, true)) {
      candidates = this.scorer.execute(words, accept)
    }
    if (!candidates.length) return none
    const ids = this.planner.clauseIds(words)
    const stream = termStream(
      terms.map((t) => (t.stem ? this.index.termId(t.stem) : -1)),
      terms.map((t) => t.compound === true),
    )
    let ranked = this.scorer.rank(candidates, words, ids, stream)
    const associations = associate(words, ranked[0], this.associations, this.index)
    if (Object.keys(associations).length) {
      ranked = this.scorer.rank(
        this.scorer.execute(words, accept),
        words,
        this.planner.clauseIds(words),
        stream,
      )
    }
    const feedback = this.feedback(words, ranked)
    let all = words
    if (feedback.length) {
      all = [...words, ...feedback]
      ranked = this.scorer.rank(
        this.scorer.executeMore(all, accept),
        all,
        this.planner.clauseIds(all),
        stream,
      )
    }
    ranked = this.agreeProducts(ranked, text.slice(0, signatureAt))
    const shown = spreadFiles(
      collapseVersions(ranked, limit + SPREAD.top, (id) => this.lookup(id) !== undefined),
      (c) => fileOf(c.head.id),
      SPREAD.top,
      SPREAD.perFile,
    ).slice(0, limit)
    return {
      read,
      text,
      terms,
      words: all,
      shown,
      matched: new Set(ids.flat()),
      associations,
      feedback: feedback.map((w) => w.term.stem),
    }
  }

  /** Candidates about a system other than the ones the query names count less (products.ts). */
  private agreeProducts(ranked: Candidate[], text: string): Candidate[] {
    const named = namedProducts(text)
    if (!named) return ranked
    for (const c of ranked) if (otherSystem(c.head.product, named)) c.score *= OTHER_SYSTEM
    return ranked.sort((a, b) => b.score - a.score)
  }

  /** The query's words, weighted: a long message's questions up, its signature down. */
  private plan(terms: QueryTerm[], text: string, signatureAt: number): Word[] {
    const words = this.planner.plan(terms)
    if (isLong(words)) emphasizeQuestions(words, text, QUESTION_EMPHASIS)
    deemphasizeFrom(words, signatureAt, SIGNATURE_WEIGHT)
    return words
  }

  /** Feedback words from the first ranking (none for short queries or when masks are full). */
  private feedback(words: Word[], ranked: Candidate[]): Word[] {
    const typed = words.filter((w) => w.clauses.size).length
    if (typed < FEEDBACK.minWords || words.length + FEEDBACK.count > MAX_MASK_WORDS) return []
    const exclude = new Set(this.planner.clauseIds(words).flat())
    const ids = feedbackTerms(
      this.forward,
      ranked.slice(0, FEEDBACK.top).map((c) => c.ref),
      exclude,
      (id) => this.stats.idf(this.index.termAt(id)),
      FEEDBACK,
    )
    return this.planner.feedbackWords(
      ids.map((id) => this.index.termAt(id)),
      FEEDBACK.share,
      FEEDBACK.boost,
    )
  }
}
