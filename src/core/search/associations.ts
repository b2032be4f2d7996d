/**
 * Term associations learned from the knowledge base itself (titles and Palavras-chave against
 * bodies): the words that describe the articles a word occurs in — their titles, Palavras-chave
 * and Situação — more often than chance (pointwise mutual information, with minimum counts). A
 * paraphrase's word that the answering article does not use still occurs in other articles of
 * its topic, whose describing words the answering article may share ("vale" → "certificado
 * digital", the articles that speak of validity being about certificates).
 *
 * Why per word at query time (cached) rather than at build time: a word's associations read only
 * the describing passages of the articles that hold it (a few hundred integers for the words that
 * qualify), so nothing is serialized, the index loads as fast as before, and words no query uses
 * cost nothing. The count of articles each term describes is taken once, on first use.
 */
import type { CompactIndex } from './compact-index'
import { TERM_MASK, type ForwardIndex } from './forward-index'
import type { Word } from './query-plan'
import type { Candidate } from './scoring'

/** Passage roles whose words describe what an article is about. */
const DESCRIBING = new Set(['title', 'keywords', 'situation'])
/** Only words associate: numbers, codes and SQL or URL fragments name no topic. */
const WORD = /^\p{L}{3,}$/u
const MAX_CACHE = 5000

/**
 * Associations are used for paraphrase-length queries (`minWords`–`maxWords` typed words) whose
 * best first match covers less than `gap` of the query (a vocabulary gap): each word also matches
 * its `count` associated terms, at `boost`. Measured on the realistic set (R@1/R@5/MRR@10 of
 * paraphrases): half A 0.33/0.67/0.43 → 0.42/0.75/0.51, half B 0.42/0.67/0.54 → 0.50/0.67/0.61,
 * every other kind and the dev set unchanged or better; boost 0.1–0.2 and gap 0.5–0.6 measure
 * nearly the same (boost 0.05 keeps half A's R@1, gap 0.4 half B's). Without the gap test they cost half B's English R@1 (0.73 → 0.64). Tried and
 * dropped: the terms as words of their own, BM25-only (half A R@5 0.67 → 0.75, nothing else);
 * counting co-occurrence within passages; ranking by count × PMI or by G² (generic words win:
 * "usuário", "erro"); the blind lay glossary behind the same gap test (nothing gained); 4 or
 * 3 words (half B sloppy R@1 0.91 → 0.82), up to 24 or any number (e-mail MRR@10 ±0.01).
 */
export const ASSOCIATION = {
  minWords: 5,
  maxWords: 12,
  gap: 0.5,
  boost: 0.1,
  options: { maxDf: 80, minCount: 2, maxDescribing: 40, minPmi: 1, count: 2 },
}

/**
 * When a query is paraphrase-length and its `best` first match leaves a vocabulary gap, adds to
 * each word the terms associated with it. Returns the terms added, by the word's stem (empty when
 * none was: otherwise the query must run again).
 */
export function associate(
  words: readonly Word[],
  best: Candidate | undefined,
  associations: TermAssociations,
  index: CompactIndex,
): Record<string, string[]> {
  const added: Record<string, string[]> = {}
  const typed = words.filter((w) => w.clauses.size && !w.term.compound).length
  if (typed < ASSOCIATION.minWords || typed > ASSOCIATION.maxWords) return added
  if (!best || (best.factors.cover ?? 1) >= ASSOCIATION.gap) return added
  for (const word of words) {
    if (word.clauses.get(word.term.stem) !== 1) continue
    for (const id of associations.of(index.termId(word.term.stem))) {
      const term = index.termAt(id)
      if (word.clauses.has(term)) continue
      word.clauses.set(term, ASSOCIATION.boost)
      ;(added[word.term.stem] ??= []).push(term)
    }
  }
  return added
}

export interface AssociationOptions {
  /** Words held by more articles than this are too common to point at a topic. */
  maxDf: number
  /** An associated term describes at least this many of the word's articles… */
  minCount: number
  /** …and at most this many articles in all (a more general term names no topic). */
  maxDescribing: number
  /** Minimum PMI (natural log) of the word and the term. */
  minPmi: number
  /** Associated terms kept per word, highest PMI first. */
  count: number
}

export class TermAssociations {
  /** Per term id: the number of articles whose describing passages hold it. */
  private describing: Int32Array | null = null
  private readonly cache = new Map<number, number[]>()

  constructor(
    private readonly index: CompactIndex,
    private readonly forward: ForwardIndex,
    private readonly documentCount: number,
    private readonly options: AssociationOptions,
  ) {}

  /** The term ids associated with index term `id`, best first ([] for common words). */
  of(id: number): number[] {
    let out = this.cache.get(id)
    if (!out) {
      out = this.compute(id)
      if (this.cache.size >= MAX_CACHE) this.cache.clear()
      this.cache.set(id, out)
    }
    return out
  }

  private compute(id: number): number[] {
    const posting = this.index.postings(this.index.termAt(id))
    if (!posting) return []
    const refs = [...new Set(posting.refs)]
    if (refs.length > this.options.maxDf) return []
    const describing = this.describingCounts()
    const counts = new Map<number, number>()
    for (const ref of refs) {
      for (const term of this.describingTerms(ref)) counts.set(term, (counts.get(term) ?? 0) + 1)
    }
    const { minCount, maxDescribing, minPmi, count: keep } = this.options
    const scored: [number, number][] = []
    for (const [term, count] of counts) {
      if (term === id || count < minCount || describing[term] > maxDescribing) continue
      if (!WORD.test(this.index.termAt(term))) continue
      const pmi = Math.log((this.documentCount * count) / (refs.length * describing[term]))
      if (pmi >= minPmi) scored.push([term, pmi])
    }
    return scored
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, keep)
      .map(([term]) => term)
  }

  /** The distinct terms of an article's describing passages. */
  private describingTerms(ref: number): Set<number> {
    const seen = new Set<number>()
    this.forward.forEachPassage(ref, (terms, _gaps, _p, role) => {
      if (!DESCRIBING.has(role)) return
      for (let t = 0; t < terms.length; t++) seen.add(terms[t] & TERM_MASK)
    })
    return seen
  }

  private describingCounts(): Int32Array {
    if (!this.describing) {
      const counts = new Int32Array(this.index.termCount)
      for (let ref = 0; ref < this.documentCount; ref++) {
        for (const term of this.describingTerms(ref)) counts[term]++
      }
      this.describing = counts
    }
    return this.describing
  }
}
