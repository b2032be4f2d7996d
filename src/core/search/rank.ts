/**
 * Re-ranking of Lunr's top candidates. Lunr sums BM25 over whatever terms match, so a long
 * pasted message or a query with a common word can favour an article that repeats one term.
 * Here the score also rewards coverage (the share of the query's information that an article
 * matches), matches in the title, and query words found next to each other (phrases).
 */
import type { RankPassage } from './forward-index'

/** Tunables, fitted on the dev set and our own cases. */
export const RANK = {
  /** Lunr candidates that get coverage scoring. */
  candidates: 200,
  /** Candidates (after coverage) that get phrase scoring. */
  phraseCandidates: 15,
  coverage: 2,
  /**
   * An article that is one question of a page (a FAQ file) is judged by its page as well: its
   * coverage moves this share of the way to what all the page's candidate articles match
   * together (the e-mail's question is one part of a page that answers its context too).
   * Measured on both fixed halves of the realistic set: R@1 0.70 → 0.70 / 0.70 → 0.71, R@5
   * 0.88 → 0.90 / 0.89 → 0.91; dev set unchanged.
   */
  page: 0.5,
  title: 0.6,
  phrase: 0.6,
  /** Reward for the share of the query found close together (within `window` words). */
  proximity: 2,
  window: 12,
  /** Maximum gap, in words, between two query words that still counts as a phrase. */
  phraseGap: 3,
  superseded: 0.5,
  /**
   * Verbatim runs (verbatim.ts), for queries of at least `verbatimQuery` words: candidates
   * checked, the shortest run that counts, and the factor 1 + verbatim × share, where the share
   * grows from 0 at `verbatimMin` − 1 words to 1 at `verbatimFull` words.
   */
  verbatimQuery: 6,
  verbatimCandidates: 60,
  verbatimMin: 4,
  verbatimFull: 9,
  verbatim: 3,
  /**
   * Agreement of the query's word–number pairs ("status_6") with the pairs that describe an
   * article (title, keywords, situation): +1 found there, −1 the same word with another number
   * there instead ("status_5"), 0 neither; the score is multiplied by 1 + code × agreement.
   */
  code: 0.5,
  /**
   * Prior by kind: index and overview pages rarely answer a ticket; scripts and FAQ answers do
   * (FAQ 0.9 → 1 measured on the realistic set: R@1 0.63 → 0.66 there, dev set unchanged).
   */
  kind: { script: 1, faq: 1, page: 0.6 } as Record<string, number>,
  /**
   * And a folder's index page lists the pages that answer rather than answering itself: its
   * title names the whole topic, so it matched a topic's name before the page on the problem
   * (measured: half A R@1 0.70 → 0.72, half B MRR@10 0.79 → 0.80, dev set unchanged).
   */
  indexPage: 0.5,
}

/** Coverage: weighted share of the query words (a bitmask) an article matches. */
export function coverage(mask: number, weights: number[], total: number): number {
  if (total <= 0) return 0
  let sum = 0
  for (let word = 0; word < weights.length; word++) if (mask & (1 << word)) sum += weights[word]
  return sum / total
}

/**
 * Phrase score: the share of adjacent query word pairs (in query order) found in order within
 * RANK.phraseGap words of each other in one passage of the document. `pairs` are [first, second]
 * word indexes; each word is the second of at most one pair.
 */
export function phraseScore(pairs: [number, number][], passages: readonly RankPassage[]): number {
  if (!pairs.length) return 0
  const firstOf = new Int32Array(32).fill(-1)
  for (const [first, second] of pairs) firstOf[second] = first
  const last = new Float64Array(32)
  let found = 0
  for (const { ordinals, masks } of passages) {
    last.fill(-Infinity)
    // Words at one ordinal (a code and its first part) are checked before any of them counts as
    // "the previous word", so a pair needs two distinct positions.
    for (let i = 0; i < ordinals.length;) {
      const ordinal = ordinals[i]
      let group = i
      for (; group < ordinals.length && ordinals[group] === ordinal; group++) {
        for (let m = masks[group]; m; m &= m - 1) {
          const second = 31 - Math.clz32(m & -m)
          const first = firstOf[second]
          if (first !== -1 && ordinal - last[first] <= RANK.phraseGap) found |= 1 << second
        }
      }
      for (; i < group; i++)
        for (let m = masks[i]; m; m &= m - 1) last[31 - Math.clz32(m & -m)] = ordinal
    }
  }
  let count = 0
  for (let m = found; m; m &= m - 1) count++
  return count / pairs.length
}

/**
 * Proximity: the best weighted share of the query words found within RANK.window consecutive
 * words of one passage (a sliding window over the passage's matched words).
 */
export function windowCoverage(
  passages: readonly RankPassage[],
  weights: number[],
  total: number,
): number {
  if (total <= 0) return 0
  let best = 0
  const counts = new Int32Array(32)
  for (const { ordinals, masks, words } of passages) {
    // A window never holds more than the passage's matched words: skip it when even all of them
    // could not beat the best window so far.
    if (coverage(words, weights, 1) <= best) continue
    counts.fill(0)
    let sum = 0
    let left = 0
    for (let i = 0; i < ordinals.length; i++) {
      for (let m = masks[i]; m; m &= m - 1) {
        const word = 31 - Math.clz32(m & -m)
        if (counts[word]++ === 0) sum += weights[word]
      }
      while (ordinals[i] - ordinals[left] >= RANK.window) {
        for (let m = masks[left]; m; m &= m - 1) {
          const word = 31 - Math.clz32(m & -m)
          if (--counts[word] === 0) sum -= weights[word]
        }
        left++
      }
      if (sum > best) best = sum
    }
  }
  return best / total
}

/** Passage roles that say what an article is about (where its codes identify it). */
const DESCRIBING_ROLES = new Set(['title', 'keywords', 'situation'])

/** A query's word–number pair: its term id (-1 if not indexed) and the ids of its word's pairs. */
export interface CodeTerm {
  id: number
  /** [from, to): ids of every indexed pair of the same word ("status_1"…"status_9"). */
  from: number
  to: number
}

/**
 * Code agreement, in [-1, 1]: the mean over the query's pair terms ("status_6") of +1 when a
 * describing passage has the pair, −1 when it names the same word with other numbers only.
 */
export function codeAgreement(
  codes: readonly CodeTerm[],
  passages: readonly RankPassage[],
): number {
  if (!codes.length) return 0
  let sum = 0
  for (const code of codes) {
    let found = false
    let other = false
    for (const passage of passages) {
      if (!DESCRIBING_ROLES.has(passage.role)) continue
      if (code.id !== -1 && passage.codeTerms.includes(code.id)) {
        found = true
        break
      }
      if (passage.codeTerms.some((id) => id >= code.from && id < code.to)) other = true
    }
    sum += found ? 1 : other ? -1 : 0
  }
  return sum / codes.length
}
