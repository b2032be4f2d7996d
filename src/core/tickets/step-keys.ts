/**
 * Recorded steps under keys of an earlier derivation move to the current step that holds their
 * text (Article.formerKeys), with their done state and notes. A key that no map knows (a later
 * derivation, or the article's text edited) moves to the one current step holding its recorded
 * label's words. Keys with no current step stay as they are: the checklist shows them apart as
 * "no longer in the article".
 */
import { covered, stems } from '../knowledge/checklist/words'
import type { Article } from '../knowledge/types'
import type { StepState, Ticket } from './types'

/** What re-keying reads of an article. */
export type KeySource = Pick<Article, 'id' | 'steps' | 'formerKeys'>

function merge(kept: StepState | undefined, moved: StepState, label: string): StepState {
  if (!kept) return { ...moved, label }
  // The state recorded under the current key is the newer one; an older note is not lost.
  const notes = [kept.note, moved.note].filter(Boolean)
  return { ...kept, note: [...new Set(notes)].join('\n') }
}

/** A current step's key and the stems of its text and label. */
interface StepWords {
  key: string
  text: Set<string>
  label: Set<string>
}

/** Share of a recorded label's words a current step must hold to take its place. */
const LABEL_SHARE = 0.8

/**
 * The key of the one current step whose text holds most of `label`'s words (at least
 * LABEL_SHARE); none when no step does or two hold it equally, rather than guess.
 */
function keyByLabel(label: string, steps: StepWords[]): string | undefined {
  const words = stems(label)
  if (!words.size) return undefined
  let best: string | undefined
  let bestShare = 0
  let tied = false
  for (const step of steps) {
    const share = Math.max(covered(words, step.text), covered(words, step.label))
    if (share > bestShare) [best, bestShare, tied] = [step.key, share, false]
    else if (share === bestShare) tied = true
  }
  return !tied && bestShare >= LABEL_SHARE ? best : undefined
}

/** The ticket's steps of one article with earlier keys moved to the current ones (same object when none moved). */
export function withCurrentKeys(ticket: Ticket, article: KeySource | undefined): Ticket {
  const recorded = article ? ticket.steps[article.id] : undefined
  if (!article || !recorded) return ticket
  const former = article.formerKeys ?? {}
  const labels = new Map(article.steps.map((s) => [s.key, s.label]))
  if (Object.keys(recorded).every((key) => labels.has(key))) return ticket
  const next: Record<string, StepState> = {}
  let moved = false
  // Current keys first, so that their (newer) state wins over a moved one.
  const entries = Object.entries(recorded).sort(
    ([a], [b]) => Number(!labels.has(a)) - Number(!labels.has(b)),
  )
  // The current steps' words, read once for all the keys that need them.
  let words: StepWords[] | undefined
  const stepWords = () =>
    (words ??= article.steps.map((s) => ({
      key: s.key,
      text: stems(s.text),
      label: stems(s.label),
    })))
  for (const [key, state] of entries) {
    const target = labels.has(key) ? key : (former[key] ?? keyByLabel(state.label, stepWords()))
    if (!target || !labels.has(target)) {
      next[key] = state
      continue
    }
    if (target !== key) moved = true
    next[target] =
      target === key ? state : merge(next[target], state, labels.get(target) ?? state.label)
  }
  return moved ? { ...ticket, steps: { ...ticket.steps, [article.id]: next } } : ticket
}

/** Every linked article's steps re-keyed (see withCurrentKeys). */
export function withCurrentKeysAll(
  ticket: Ticket,
  lookup: ((articleId: string) => KeySource | undefined) | undefined,
): Ticket {
  if (!lookup) return ticket
  return Object.keys(ticket.steps).reduce((t, id) => withCurrentKeys(t, lookup(id)), ticket)
}
