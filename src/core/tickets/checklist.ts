import type { Article } from '../knowledge/types'
import type { Ticket, TicketSummary } from './types'
import { countStepsDone } from './model'

export interface ChecklistStepView {
  key: string
  label: string
  detail: string
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
  done: number
  total: number
}

/**
 * The article's checklist with what the ticket recorded (nothing without a ticket), plus recorded
 * steps no longer in it.
 */
export function checklistView(
  ticket: Ticket | null,
  article: Pick<Article, 'id' | 'steps'>,
): ChecklistView {
  const recorded = ticket?.steps[article.id] ?? {}
  const keys = new Set<string>()
  const steps = article.steps.map((step): ChecklistStepView => {
    keys.add(step.key)
    const state = Object.hasOwn(recorded, step.key) ? recorded[step.key] : undefined
    return {
      key: step.key,
      label: step.label,
      detail: step.detail,
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
  return { steps, orphans, done: steps.filter((s) => s.done).length, total: steps.length }
}

/** List rows of tickets, most recently changed first; `since` compares with updatedAt. */
export function ticketSummaries(
  tickets: Ticket[],
  filter: { since?: string; status?: 'open' | 'closed' } = {},
  lookup?: (articleId: string) => Article | undefined,
): TicketSummary[] {
  const since = filter.since ? Date.parse(filter.since) : -Infinity
  return tickets
    .filter(
      (t) => (!filter.status || t.status === filter.status) && Date.parse(t.updatedAt) >= since,
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.number.localeCompare(b.number))
    .map((t) => summarizeTicket(t, lookup))
}

/** The list row of a ticket; stepsTotal only when `lookup` knows every linked article. */
export function summarizeTicket(
  ticket: Ticket,
  lookup?: (articleId: string) => Article | undefined,
): TicketSummary {
  let stepsTotal: number | null = null
  if (lookup) {
    stepsTotal = 0
    for (const id of ticket.articles) {
      const article = lookup(id)
      if (!article) {
        stepsTotal = null
        break
      }
      stepsTotal += article.steps.length
    }
  }
  return {
    number: ticket.number,
    requester: ticket.requester,
    organization: ticket.organization,
    status: ticket.status,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    articles: [...ticket.articles],
    stepsDone: countStepsDone(ticket),
    stepsTotal,
  }
}
