/**
 * Step keys are hashes of a step's text, so a new derivation gives new keys. Tickets recorded
 * with the first derivation keep their work: each of its keys maps to the current step whose
 * text (with its detail: SQL, field lists) holds most of the old step's words.
 */
import type { ChecklistStep } from '../types'
import type { LegacyStep } from './legacy'
import { covered, stems } from './words'

// Share of the old step's words that the current step must hold.
const MATCH = 0.6
// Share of a current step's words found in an old step that makes it a part of that old step.
const PART = 0.8
const MIN_PART = 3

/** Old key → current key, for the first derivation's steps that a current step holds. */
export function formerStepKeys(
  legacy: LegacyStep[],
  steps: ChecklistStep[],
): Record<string, string> {
  const current = new Set(steps.map((s) => s.key))
  const candidates = steps
    .filter((s) => s.kind !== 'reply')
    .map((s) => ({ key: s.key, stems: stems(`${s.text}\n${s.detail}`) }))
  const map: Record<string, string> = {}
  for (const old of legacy) {
    if (current.has(old.key)) continue
    const words = stems(`${old.label.replace(/…$/u, '')}\n${old.detail}`)
    let best: { key: string; share: number } | null = null
    for (const c of candidates) {
      const share = covered(words, c.stems)
      if (share >= MATCH && (!best || share > best.share)) best = { key: c.key, share }
    }
    // An old step that the new derivation cut in several: the first current step it contains.
    const part = best
      ? null
      : candidates.find((c) => c.stems.size >= MIN_PART && covered(c.stems, words) >= PART)
    if (best) map[old.key] = best.key
    else if (part) map[old.key] = part.key
  }
  return map
}
