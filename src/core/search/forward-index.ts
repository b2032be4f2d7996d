/**
 * Per-article term sequences, built with the index: for every passage of an article (title,
 * sections, keywords, reply — see passages.ts), the index-term id, word ordinal and character
 * span of each word. Re-ranking (phrases, proximity, code agreement) and snippets read these
 * instead of splitting and analyzing articles at query time: that analysis cost 0.1–5 ms per
 * article, and caching its results made every first query that touched an article slow twice
 * over — once analyzing, once in the garbage collector copying the cached passages (young-gen
 * pauses of 5–20 ms on pen-wiki). Scanning a few hundred integers per candidate costs
 * microseconds and leaves nothing behind.
 */
import { fromBase64, toBase64 } from './base64'
import { unzigzag, VarintReader } from './varint'

/** JSON-able form (inside SerializedSearchIndex). */
export interface ForwardIndexData {
  roles: string[]
  /** base64 of Uint32Array(documents + 1): each document's first passage. */
  documents: string
  /** base64 of Uint8Array(passages): role id. */
  passageRoles: string
  /** base64 of Uint32Array(passages + 1): each passage's first token. */
  passages: string
  /** base64 of Uint32Array(tokens): term id, URL_BIT set for words inside a link address. */
  terms: string
  /** base64 of Uint8Array(tokens): ordinal minus the previous token's (capped at 255). */
  gaps: string
  /** base64 of Uint32Array(passages + 1): each passage's first byte in `spans`. */
  spanStarts: string
  /**
   * base64 of a byte stream: per token, two unsigned LEB128 varints — its start minus the
   * previous token's start in the passage's text (zigzag-coded), and its length.
   * Nearly every value fits one byte, so exact spans cost ~2 bytes a token.
   */
  spans: string
  /** base64 of Uint32Array(passages + 1): each passage's first byte in `links`. */
  linkStarts: string
  /**
   * base64 of a byte stream: per link address in a passage, two varints — its start minus the
   * previous one's end, and its length (snippets neither open nor cut inside an address).
   */
  links: string
}

/** Set on a stored term id for a word inside a link address. */
export const URL_BIT = 0x80000000
/** Masks the URL bit off a stored term. */
export const TERM_MASK = 0x7fffffff

/** A matched word of a snippet passage: its term id and [start, end) in the passage text. */
export interface TermSpan {
  term: number
  start: number
  end: number
}

/** In a term mask (see rankPassages): the term is one of the query's codes' pairs. */
export const CODE_TERM = 1 << 30
/** In a term mask: the bits of the query words the term stands for. */
const WORD_BITS = CODE_TERM - 1

/** A passage as re-ranking reads it: where the query's words occur, and which code pairs. */
export interface RankPassage {
  role: string
  /** Ordinals of the words that match query words, ascending… */
  ordinals: number[]
  /** …and for each, the bitmask of the query words it matches. */
  masks: number[]
  /** All the query words the passage matches (bitmask). */
  words: number
  /** Ids of the terms marked CODE_TERM that occur in the passage. */
  codeTerms: number[]
}

export class ForwardIndex {
  constructor(
    private readonly roles: string[],
    private readonly documents: Uint32Array,
    private readonly passageRoles: Uint8Array,
    private readonly passages: Uint32Array,
    private readonly terms: Uint32Array,
    private readonly gaps: Uint8Array,
    private readonly spanStarts: Uint32Array,
    private readonly spans: Uint8Array,
    private readonly linkStarts: Uint32Array,
    private readonly links: Uint8Array,
  ) {}

  /** Loads the JSON-able form. */
  static fromData(data: ForwardIndexData): ForwardIndex {
    return new ForwardIndex(
      data.roles,
      new Uint32Array(fromBase64(data.documents)),
      new Uint8Array(fromBase64(data.passageRoles)),
      new Uint32Array(fromBase64(data.passages)),
      new Uint32Array(fromBase64(data.terms)),
      new Uint8Array(fromBase64(data.gaps)),
      new Uint32Array(fromBase64(data.spanStarts)),
      new Uint8Array(fromBase64(data.spans)),
      new Uint32Array(fromBase64(data.linkStarts)),
      new Uint8Array(fromBase64(data.links)),
    )
  }

  /** The JSON-able form. */
  toData(): ForwardIndexData {
    return {
      roles: this.roles,
      documents: toBase64(this.documents),
      passageRoles: toBase64(this.passageRoles),
      passages: toBase64(this.passages),
      terms: toBase64(this.terms),
      gaps: toBase64(this.gaps),
      spanStarts: toBase64(this.spanStarts),
      spans: toBase64(this.spans),
      linkStarts: toBase64(this.linkStarts),
      links: toBase64(this.links),
    }
  }

  /**
   * The passages of a document as phrase, proximity and code scoring read them. `termMasks`
   * holds, per term id, the query words the term stands for (WORD_BITS) and CODE_TERM; 0 for
   * every term the query does not use.
   */
  rankPassages(ref: number, termMasks: Int32Array): RankPassage[] {
    const out: RankPassage[] = []
    for (let p = this.documents[ref]; p < this.documents[ref + 1]; p++) {
      const passage: RankPassage = {
        role: this.roles[this.passageRoles[p]],
        ordinals: [],
        masks: [],
        words: 0,
        codeTerms: [],
      }
      let ordinal = 0
      for (let t = this.passages[p]; t < this.passages[p + 1]; t++) {
        ordinal += this.gaps[t]
        const id = this.terms[t] & TERM_MASK
        const mask = termMasks[id]
        if (mask === 0) continue
        const words = mask & WORD_BITS
        if (words) {
          passage.ordinals.push(ordinal)
          passage.masks.push(words)
          passage.words |= words
        }
        if (mask & CODE_TERM) passage.codeTerms.push(id)
      }
      out.push(passage)
    }
    return out
  }

  /**
   * Calls `visit` with each passage of a document: its stored terms (URL_BIT possibly set; mask
   * with TERM_MASK) and ordinal gaps, as views (a gap of 0 marks a code's part or a pair).
   */
  forEachPassage(
    ref: number,
    visit: (terms: Uint32Array, gaps: Uint8Array, p: number, role: string) => void,
  ) {
    const first = this.documents[ref]
    for (let p = first; p < this.documents[ref + 1]; p++) {
      const from = this.passages[p]
      const to = this.passages[p + 1]
      const role = this.roles[this.passageRoles[p]]
      visit(this.terms.subarray(from, to), this.gaps.subarray(from, to), p - first, role)
    }
  }

  /**
   * Which passage a snippet shows, as buildSnippet would pick it: the non-title passage with the
   * most distinct matched terms outside link addresses, ties to the better role. -1: none.
   */
  snippetPassage(
    ref: number,
    matched: ReadonlySet<number>,
    rolePriority: (role: string) => number,
  ): number {
    let best = -1
    let bestDistinct = -1
    let bestRank = Infinity
    const first = this.documents[ref]
    const distinct = new Set<number>()
    for (let p = first; p < this.documents[ref + 1]; p++) {
      const role = this.roles[this.passageRoles[p]]
      if (role === 'title') continue
      distinct.clear()
      for (let t = this.passages[p]; t < this.passages[p + 1]; t++) {
        const term = this.terms[t]
        if (!(term & URL_BIT) && matched.has(term)) distinct.add(term)
      }
      const rank = rolePriority(role)
      if (distinct.size > bestDistinct || (distinct.size === bestDistinct && rank < bestRank)) {
        best = p - first
        bestDistinct = distinct.size
        bestRank = rank
      }
    }
    return best
  }

  /** [start, end) of the link addresses in passage `p` of a document (as snippetPassage counts). */
  passageLinks(ref: number, p: number): [number, number][] {
    const passage = this.documents[ref] + p
    const end = this.linkStarts[passage + 1]
    const reader = new VarintReader(this.links, this.linkStarts[passage])
    const out: [number, number][] = []
    let at = 0
    while (reader.position < end) {
      const start = at + reader.next()
      at = start + reader.next()
      out.push([start, at])
    }
    return out
  }

  /**
   * The words of passage `p` (counted within the document, as snippetPassage returns it) whose
   * term is in `matched`, outside link addresses, with their spans in the passage's text,
   * ordered by start, longer first.
   */
  snippetSpans(ref: number, p: number, matched: ReadonlySet<number>): TermSpan[] {
    const passage = this.documents[ref] + p
    const out: TermSpan[] = []
    const reader = new VarintReader(this.spans, this.spanStarts[passage])
    let start = 0
    for (let t = this.passages[passage]; t < this.passages[passage + 1]; t++) {
      start += unzigzag(reader.next())
      const length = reader.next()
      const term = this.terms[t]
      if (!(term & URL_BIT) && matched.has(term)) out.push({ term, start, end: start + length })
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end)
  }
}
