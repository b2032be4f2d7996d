/**
 * Recorded steps under keys of an earlier derivation move to the current step that holds their
 * text (Article.formerKeys), with their done state and notes. Keys with no current step stay as
 * they are: the checklist shows them apart as "no longer in the article".
 */
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

/** The ticket's steps of one article with earlier keys moved to the current ones (same object when none moved). */
export function withCurrentKeys(ticket: Ticket, article: KeySource | undefined): Ticket {
  const recorded = article ? ticket.steps[article.id] : undefined
  const former = article?.formerKeys
  if (!article || !recorded || !former) return ticket
  const labels = new Map(article.steps.map((s) => [s.key, s.label]))
  const next: Record<string, StepState> = {}
  let moved = false
  // Current keys first, so that their (newer) state wins over a moved one.
  const entries = Object.entries(recorded).sort(
    ([a], [b]) => Number(!labels.has(a)) - Number(!labels.has(b)),
  )
  for (const [key, state] of entries) {
    const target = labels.has(key) ? key : former[key]
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
