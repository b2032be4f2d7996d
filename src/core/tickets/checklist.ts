import { withCurrentKeys, withCurrentKeysAll } from './step-keys'
import type { Article, ChecklistStep } from '../knowledge/types'
import type { Ticket, TicketSummary } from './types'
import {
  articleProgress,
  ticketProgress,
  type ArticleProgress,
  type ProgressSource,
} from './progress'

export interface ChecklistStepView {
  key: string
  label: string
  /** The step's full text (the label may be its opening only). */
  text: string
  detail: string
  kind: ChecklistStep['kind']
  condition: string | null
  done: boolean
  at: string | null
  note: string
}

export interface ChecklistOrphanView {
  key: string
  label: string
  done: boolean
  at: string
  note: string
}

export interface ChecklistView {
  steps: ChecklistStepView[]
  /** Steps recorded on the ticket whose key is no longer in the article: shown apart, never dropped. */
  orphans: ChecklistOrphanView[]
  /** The article's progress on the ticket (see progress.ts for how removed steps count). */
  done: number
  total: number
  /** Steps on cases the agent has not taken yet: listed, but not in `total` (see progress.ts). */
  uncounted: number
}

/**
 * The article's checklist with what the ticket recorded (nothing without a ticket), plus recorded
 * steps no longer in it.
 */
export function checklistView(
  stored: Ticket | null,
  article: Pick<Article, 'id' | 'steps' | 'formerKeys'>,
): ChecklistView {
  const ticket = stored ? withCurrentKeys(stored, article) : null
  const recorded = ticket?.steps[article.id] ?? {}
  const keys = new Set<string>()
  const steps = article.steps.map((step): ChecklistStepView => {
    keys.add(step.key)
    const state = Object.hasOwn(recorded, step.key) ? recorded[step.key] : undefined
    return {
      key: step.key,
      label: step.label,
      text: step.text,
      detail: step.detail,
      kind: step.kind,
      condition: step.condition,
      done: state?.done ?? false,
      at: state?.at ?? null,
      note: state?.note ?? '',
    }
  })
  const orphans = Object.entries(recorded)
    .filter(([key]) => !keys.has(key))
    .map(([key, state]) => ({
      key,
      label: state.label,
      done: state.done,
      at: state.at,
      note: state.note,
    }))
  const { done, total, removedDone } = ticket
    ? articleProgress(ticket, article.id, article)
    : { done: 0, total: article.steps.length, removedDone: 0 }
  return { steps, orphans, done, total, uncounted: article.steps.length - (total - removedDone) }
}

/** List rows of tickets, most recently changed first; `since` compares with updatedAt. */
export function ticketSummaries(
  tickets: Ticket[],
  filter: { since?: string; status?: 'open' | 'closed' } = {},
  lookup?: (articleId: string) => ProgressSource | undefined,
): TicketSummary[] {
  const since = filter.since ? Date.parse(filter.since) : -Infinity
  return tickets
    .filter(
      (t) => (!filter.status || t.status === filter.status) && Date.parse(t.updatedAt) >= since,
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.number.localeCompare(b.number))
    .map((t) => summarizeTicket(t, lookup))
}

/** The list row of a ticket; stepsTotal only when `lookup` is given (see progress.ts). */
export function summarizeTicket(
  ticket: Ticket,
  lookup?: (articleId: string) => ProgressSource | undefined,
): TicketSummary {
  const progress = ticketProgress(withCurrentKeysAll(ticket, lookup), lookup)
  return {
    number: ticket.number,
    requester: ticket.requester,
    organization: ticket.organization,
    status: ticket.status,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    articles: [...ticket.articles],
    stepsDone: progress.done,
    stepsTotal: progress.total,
    progress: progress.articles,
  }
}

export type { ArticleProgress }
