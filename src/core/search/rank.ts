/**
 * Re-ranking of Lunr's top candidates. Lunr sums BM25 over whatever terms match, so a long
 * pasted message or a query with a common word can favour an article that repeats one term.
 * Here the score also rewards coverage (the share of the query's information that an article
 * matches), matches in the title, and query words found next to each other (phrases).
 */
import type { Passage } from './passages'

/** What phrase, proximity and code scoring read of a passage (a Passage, or a RankPassage). */
export type ScoredPassage = Pick<Passage, 'role' | 'ordinals' | 'slots'>

/** Tunables, fitted on the dev set and our own cases. */
export const RANK = {
  /** Lunr candidates that get coverage scoring. */
  candidates: 200,
  /** Candidates (after coverage) that get phrase scoring. */
  phraseCandidates: 15,
  coverage: 2,
  title: 0.6,
  phrase: 0.6,
  /** Reward for the share of the query found close together (within `window` words). */
  proximity: 2,
  window: 12,
  /** Maximum gap, in words, between two query words that still counts as a phrase. */
  phraseGap: 3,
  superseded: 0.5,
  /**
   * Agreement of the query's word–number pairs ("status_6") with the pairs that describe an
   * article (title, keywords, situation): +1 found there, −1 the same word with another number
   * there instead ("status_5"), 0 neither; the score is multiplied by 1 + code × agreement.
   */
  code: 0.5,
  /** Prior by kind: index and overview pages rarely answer a ticket; scripts do. */
  kind: { script: 1, faq: 0.9, page: 0.6 } as Record<string, number>,
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
 * RANK.phraseGap words of each other in one passage of the document.
 */
export function phraseScore(
  pairs: [number, number][],
  passages: readonly ScoredPassage[],
  wordTerms: string[][],
): number {
  if (!pairs.length) return 0
  let found = 0
  for (const [first, second] of pairs) {
    if (passages.some((p) => pairInPassage(p, wordTerms[first], wordTerms[second]))) found++
  }
  return found / pairs.length
}

function pairInPassage(
  passage: ScoredPassage,
  firstTerms: string[],
  secondTerms: string[],
): boolean {
  for (const a of firstTerms) {
    const slotsA = passage.slots.get(a)
    if (!slotsA) continue
    for (const b of secondTerms) {
      const slotsB = passage.slots.get(b)
      if (!slotsB) continue
      // Both lists are ascending: a merge walk finds any b just after an a.
      let j = 0
      for (const slotA of slotsA) {
        const ordinalA = passage.ordinals[slotA]
        while (j < slotsB.length && passage.ordinals[slotsB[j]] <= ordinalA) j++
        if (j === slotsB.length) break
        if (passage.ordinals[slotsB[j]] - ordinalA <= RANK.phraseGap) return true
      }
    }
  }
  return false
}

/**
 * Proximity: the best weighted share of the query words found within RANK.window consecutive
 * words of one passage (a sliding window over the positions of the matched terms).
 */
export function windowCoverage(
  passages: readonly ScoredPassage[],
  wordTerms: string[][],
  weights: number[],
  total: number,
): number {
  if (total <= 0) return 0
  let best = 0
  const counts = new Array<number>(wordTerms.length).fill(0)
  for (const passage of passages) {
    // A window never holds more than the passage's matched words: skip the sort when even all
    // of them could not beat the best window so far.
    let bound = 0
    wordTerms.forEach((terms, word) => {
      if (terms.some((term) => passage.slots.has(term))) bound += weights[word]
    })
    if (bound <= best) continue
    const events: [number, number][] = []
    wordTerms.forEach((terms, word) => {
      for (const term of terms) {
        for (const slot of passage.slots.get(term) ?? [])
          events.push([passage.ordinals[slot], word])
      }
    })
    events.sort((a, b) => a[0] - b[0])
    counts.fill(0)
    let sum = 0
    let left = 0
    for (const [ordinal, word] of events) {
      if (counts[word]++ === 0) sum += weights[word]
      while (ordinal - events[left][0] >= RANK.window) {
        if (--counts[events[left][1]] === 0) sum -= weights[events[left][1]]
        left++
      }
      if (sum > best) best = sum
    }
  }
  return best / total
}

/** Passage roles that say what an article is about (where its codes identify it). */
const DESCRIBING_ROLES = new Set(['title', 'keywords', 'situation'])

/**
 * Code agreement, in [-1, 1]: the mean over the query's pair terms ("status_6") of +1 when a
 * describing passage has the pair, −1 when it names the same word with other numbers only.
 */
export function codeAgreement(
  pairTerms: readonly string[],
  passages: readonly ScoredPassage[],
): number {
  if (!pairTerms.length) return 0
  let sum = 0
  for (const term of pairTerms) {
    const word = term.slice(0, term.indexOf('_') + 1)
    let found = false
    let other = false
    for (const passage of passages) {
      if (!DESCRIBING_ROLES.has(passage.role)) continue
      if (passage.slots.has(term)) {
        found = true
        break
      }
      if (!other) for (const key of passage.slots.keys()) if (key.startsWith(word)) other = true
    }
    sum += found ? 1 : other ? -1 : 0
  }
  return sum / pairTerms.length
}
