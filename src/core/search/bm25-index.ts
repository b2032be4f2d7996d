/**
 * Builds the compact index (see compact-index.ts) from the articles' search fields: BM25 weights
 * per term, field and document, field boosts included. We own this step instead of building a
 * Lunr index and reading its private fields: the weights are Lunr 2.3's (k1 1.2, b 0.75, its idf
 * and its rounding to three decimals), computed in one pass over our own analyzer's terms, and
 * nothing of Lunr's query machinery is used (queries are scored from these postings).
 */
import { analyzeWord } from './analyzer'
import { CompactIndex } from './compact-index'
import { tokenize } from './tokenize'

const K1 = 1.2
const B = 0.75

/** Field name → text of each document (in ref order), and each field's boost. */
export interface FieldedDocuments<F extends string> {
  fields: readonly F[]
  boosts: Readonly<Record<F, number>>
  documents: readonly Readonly<Record<F, string>>[]
}

/** The index terms of a field's text, in order (our analyzer: fold, stop words, stem). */
export function fieldTerms(text: string): string[] {
  const terms: string[] = []
  for (const token of tokenize(text)) {
    const term = analyzeWord(token.text)
    if (term) terms.push(term)
  }
  return terms
}

/** Scores every term of every field of every document with BM25 and packs the postings. */
export function buildBm25Index<F extends string>(input: FieldedDocuments<F>): CompactIndex {
  const { fields, boosts, documents } = input
  const count = documents.length
  // Per field, per document: term frequencies and length.
  const frequencies: Map<string, number>[][] = fields.map(() => [])
  const lengths: number[][] = fields.map(() => [])
  const average: number[] = fields.map(() => 0)
  /** Postings per term, across fields: Lunr's idf counts a document once per field. */
  const postingCount = new Map<string, number>()
  fields.forEach((field, f) => {
    let total = 0
    documents.forEach((doc, ref) => {
      const terms = fieldTerms(doc[field] ?? '')
      const tf = new Map<string, number>()
      for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1)
      for (const term of tf.keys()) postingCount.set(term, (postingCount.get(term) ?? 0) + 1)
      frequencies[f][ref] = tf
      lengths[f][ref] = terms.length
      total += terms.length
    })
    average[f] = count ? total / count : 0
  })
  const terms = [...postingCount.keys()].sort()
  const termIds = new Map(terms.map((t, i) => [t, i]))
  const idf = terms.map((t) => {
    const df = postingCount.get(t)!
    return Math.log(1 + Math.abs((count - df + 0.5) / (df + 0.5)))
  })
  // Postings grouped by term, then field, then document: the order Lunr's index gave.
  const perTerm: number[][] = terms.map(() => [])
  fields.forEach((field, f) => {
    const boost = boosts[field]
    documents.forEach((_, ref) => {
      const norm = K1 * (1 - B + B * (lengths[f][ref] / (average[f] || 1)))
      for (const [term, tf] of frequencies[f][ref]) {
        const id = termIds.get(term)!
        const score = ((idf[id] * ((K1 + 1) * tf)) / (norm + tf)) * boost
        const weight = Math.round(score * 1000) / 1000
        if (weight > 0) perTerm[id].push(ref, f, weight)
      }
    })
  })
  const offsets = new Uint32Array(terms.length + 1)
  const size = perTerm.reduce((sum, p) => sum + p.length / 3, 0)
  const refs = new Int32Array(size)
  const fieldIds = new Uint8Array(size)
  const weights = new Float32Array(size)
  let at = 0
  perTerm.forEach((postings, id) => {
    offsets[id] = at
    for (let i = 0; i < postings.length; i += 3, at++) {
      refs[at] = postings[i]
      fieldIds[at] = postings[i + 1]
      weights[at] = postings[i + 2]
    }
  })
  offsets[terms.length] = at
  return new CompactIndex([...fields], terms, offsets, refs, fieldIds, weights)
}
