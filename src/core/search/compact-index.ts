/**
 * The index the engine searches: a sorted term list and, per term, flat posting arrays (document
 * ref, field, BM25 weight with the field boost), built by bm25-index.ts. Why not a Lunr index and
 * its serialized form: for 10,000 articles it is ~30 MB of nested
 * JSON whose parse plus `lunr.Index.load` (field vectors, token-set trie) took ~2 s of a warm
 * start; this form is a few base64 strings that decode natively, and nothing is rebuilt at load.
 * Prefix expansion is a range of the sorted terms; typo expansion looks up edit-distance-1
 * variants, so no trie is needed.
 */
import { fromBase64, toBase64 } from './base64'

/** JSON-able form (inside SerializedSearchIndex). */
export interface CompactIndexData {
  fields: string[]
  /** Sorted terms joined by "\n" (terms never contain whitespace). */
  terms: string
  /** base64 of Uint32Array(terms + 1): each term's first posting. */
  offsets: string
  /** base64 of Int32Array / Uint8Array / Float32Array(postings). */
  refs: string
  fieldIds: string
  weights: string
}

const MAX_FUZZY_LENGTH = 30
const LETTER = /^\p{L}$/u

export interface TermPostings {
  refs: Int32Array
  fields: Uint8Array
  weights: Float32Array
}

export class CompactIndex {
  private alphabet: string[] | null = null
  private ids: Map<string, number> | null = null

  constructor(
    readonly fields: string[],
    private readonly terms: string[],
    private readonly offsets: Uint32Array,
    private readonly refs: Int32Array,
    private readonly fieldIds: Uint8Array,
    private readonly weights: Float32Array,
  ) {}

  /** Loads the JSON-able form. */
  static fromData(data: CompactIndexData): CompactIndex {
    return new CompactIndex(
      data.fields,
      data.terms ? data.terms.split('\n') : [],
      new Uint32Array(fromBase64(data.offsets)),
      new Int32Array(fromBase64(data.refs)),
      new Uint8Array(fromBase64(data.fieldIds)),
      new Float32Array(fromBase64(data.weights)),
    )
  }

  /** The JSON-able form. */
  toData(): CompactIndexData {
    return {
      fields: this.fields,
      terms: this.terms.join('\n'),
      offsets: toBase64(this.offsets),
      refs: toBase64(this.refs),
      fieldIds: toBase64(this.fieldIds),
      weights: toBase64(this.weights),
    }
  }

  get termCount(): number {
    return this.terms.length
  }

  /** The term with this id. */
  termAt(id: number): string {
    return this.terms[id]
  }

  /** The id (position in the sorted term list) of a term, or -1. */
  termId(term: string): number {
    return this.find(term)
  }

  /** Ids of the terms that start with `prefix`: [from, to). */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix)
    let to = from
    while (to < this.terms.length && this.terms[to].startsWith(prefix)) to++
    return [from, to]
  }

  /** Whether the term is in the index. */
  has(term: string): boolean {
    return this.find(term) !== -1
  }

  /** The postings of a term (views, not copies), or null. */
  postings(term: string): TermPostings | null {
    const t = this.find(term)
    if (t === -1) return null
    const from = this.offsets[t]
    const to = this.offsets[t + 1]
    return {
      refs: this.refs.subarray(from, to),
      fields: this.fieldIds.subarray(from, to),
      weights: this.weights.subarray(from, to),
    }
  }

  /** Every index term that starts with `prefix`, in sorted order. */
  withPrefix(prefix: string): string[] {
    const out: string[] = []
    for (let t = this.lowerBound(prefix); t < this.terms.length; t++) {
      if (!this.terms[t].startsWith(prefix)) break
      out.push(this.terms[t])
    }
    return out
  }

  /** Index terms at edit distance 1 (insert, delete, substitute, transpose), without `term`. */
  withinOneEdit(term: string): string[] {
    // Variants grow with length × alphabet; typos are looked for in words, not pasted junk.
    if (term.length > MAX_FUZZY_LENGTH) return []
    const alphabet = (this.alphabet ??= this.collectAlphabet())
    const terms = this.termIds()
    const found = new Set<string>()
    const check = (candidate: string) => {
      if (candidate !== term && terms.has(candidate)) found.add(candidate)
    }
    for (let i = 0; i <= term.length; i++) {
      const head = term.slice(0, i)
      const tail = term.slice(i)
      for (const c of alphabet) check(head + c + tail)
      if (i < term.length) {
        const rest = term.slice(i + 1)
        check(head + rest)
        for (const c of alphabet) if (c !== term[i]) check(head + c + rest)
        if (i + 1 < term.length) check(head + term[i + 1] + term[i] + term.slice(i + 2))
      }
    }
    return [...found]
  }

  private collectAlphabet(): string[] {
    const chars = new Set<string>()
    for (const term of this.terms) for (const c of term) chars.add(c)
    // Typos replace letters with letters; digits and joiners would only add lookups.
    return [...chars].filter((c) => LETTER.test(c))
  }

  private find(term: string): number {
    return this.termIds().get(term) ?? -1
  }

  /** Term → id, built on first use: exact lookups are the hot path of every query. */
  private termIds(): Map<string, number> {
    return (this.ids ??= new Map(this.terms.map((term, id) => [term, id])))
  }

  /** First index whose term is ≥ `value` (terms are sorted by code units). */
  private lowerBound(value: string): number {
    let lo = 0
    let hi = this.terms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.terms[mid] < value) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
