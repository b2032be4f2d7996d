import { foldText } from '../../text/fold'
import { STOP_WORDS } from '../../search/analyzer'

/** One hand-written step of the evaluation set. */
export interface HandStep {
  label: string
  kind?: string
  condition?: string
}

/** One article of the evaluation set: its path under the knowledge root and its hand-written steps. */
export interface HandChecklist {
  path: string
  title?: string
  steps: HandStep[]
}

/** What the scorer needs of a derived step: the words it carries, and why it might be noise. */
export interface DerivedStep {
  text: string
}

/** Scores of one article. */
export interface ArticleScore {
  path: string
  derived: number
  hand: number
  matched: number
  precision: number
  recall: number
  f1: number
  /** Derived steps that match no hand-written step. */
  unmatched: string[]
  /** Hand-written steps that no derived step matches. */
  missed: string[]
}

/** Scores of a whole set: micro-averaged precision/recall/F1 plus the per-article spread. */
export interface SetScore {
  articles: ArticleScore[]
  derived: number
  hand: number
  matched: number
  precision: number
  recall: number
  f1: number
  /** Share of articles whose own F1 is at least 0.6. */
  shareAtF1: number
}

/** Two thresholds of the rule: share of the hand-written step's words, share of the derived step's. */
export const HAND_SHARE = 0.6
export const OWN_SHARE = 0.25

/** The distinct content words of a text: accents folded, lower case, stop words dropped. */
export function contentWords(text: string): Set<string> {
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u)
  return new Set(words.filter((w) => w && !STOP_WORDS.has(w)))
}

/** True when a derived step counts for a hand-written one under the rule of the evaluation. */
export function stepsMatch(derived: Set<string>, hand: Set<string>): boolean {
  if (!hand.size || !derived.size) return false
  let shared = 0
  for (const w of hand) if (derived.has(w)) shared++
  return shared >= HAND_SHARE * hand.size && shared >= OWN_SHARE * derived.size
}

/**
 * Largest one-to-one matching of derived to hand-written steps (Kuhn's augmenting paths: the
 * graphs have a few dozen nodes, so a library for bipartite matching would be overkill).
 * Returns, for each hand-written step, the index of its derived step or -1.
 */
export function matchSteps(derived: string[], hand: string[]): number[] {
  const d = derived.map(contentWords)
  const h = hand.map(contentWords)
  const edges = h.map((hw) => d.flatMap((dw, j) => (stepsMatch(dw, hw) ? [j] : [])))
  const ownerOf = new Array<number>(d.length).fill(-1)
  const tryHand = (i: number, seen: Set<number>): boolean => {
    for (const j of edges[i]) {
      if (seen.has(j)) continue
      seen.add(j)
      if (ownerOf[j] === -1 || tryHand(ownerOf[j], seen)) {
        ownerOf[j] = i
        return true
      }
    }
    return false
  }
  for (let i = 0; i < h.length; i++) tryHand(i, new Set())
  const result = new Array<number>(h.length).fill(-1)
  ownerOf.forEach((i, j) => {
    if (i >= 0) result[i] = j
  })
  return result
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

/** Scores one article's derived steps against its hand-written checklist. */
export function scoreArticle(path: string, derived: string[], hand: string[]): ArticleScore {
  const pairs = matchSteps(derived, hand)
  const used = new Set(pairs.filter((j) => j >= 0))
  const matched = used.size
  const precision = ratio(matched, derived.length)
  const recall = ratio(matched, hand.length)
  return {
    path,
    derived: derived.length,
    hand: hand.length,
    matched,
    precision,
    recall,
    f1: harmonic(precision, recall),
    unmatched: derived.filter((_, j) => !used.has(j)),
    missed: hand.filter((_, i) => pairs[i] < 0),
  }
}

/** Micro-averaged scores of a set of articles, plus the share of articles at F1 ≥ 0.6. */
export function scoreSet(articles: ArticleScore[]): SetScore {
  const sum = (f: (a: ArticleScore) => number) => articles.reduce((n, a) => n + f(a), 0)
  const derived = sum((a) => a.derived)
  const hand = sum((a) => a.hand)
  const matched = sum((a) => a.matched)
  const precision = ratio(matched, derived)
  const recall = ratio(matched, hand)
  return {
    articles,
    derived,
    hand,
    matched,
    precision,
    recall,
    f1: harmonic(precision, recall),
    shareAtF1: ratio(articles.filter((a) => a.f1 >= 0.6).length, articles.length),
  }
}
