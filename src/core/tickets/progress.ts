/**
 * The one checklist progress of a ticket, read by the ticket summary (the bar and the list), the
 * checklist view (the panel), the CLI and the exports.
 *
 * How recorded steps count: `done` is every step recorded done on the ticket — a step is work the
 * agent did, whether or not the article still has it. `total` is the article's steps as it reads
 * now, plus the recorded-done steps it no longer has (so done ≤ total and they show apart, never
 * dropped). A recorded step that is no longer in the article and not done counts nowhere: it can
 * no longer be checked, so it must not keep the ticket below 100 %. An article that left the
 * knowledge base counts the same way, with no current steps.
 *
 * Branches: a step on a branch (it has a `condition`, or is itself a conditional `branch` step)
 * is on a path the agent may not take. A branch counts in `total` only once one of its steps is
 * done (the agent took that path); until then it adds nothing, so finishing the main path reads
 * 100 % and the exception path ("Para as exceções …") never holds a ticket below it.
 */
import type { Article } from '../knowledge/types'
import type { ArticleProgressRow, Ticket } from './types'

/** What progress reads of an article: its id and its current step keys. */
export type ProgressSource = Pick<Article, 'id' | 'steps'>

export type ArticleProgress = ArticleProgressRow

export interface TicketProgress {
  done: number
  /** Null when the articles could not be looked up (no knowledge base at hand). */
  total: number | null
  articles: ArticleProgress[]
}

/** Every article of a ticket: the linked ones in order, then any others with recorded steps. */
export function ticketArticleIds(ticket: Ticket): string[] {
  const ids = [...ticket.articles]
  for (const id of Object.keys(ticket.steps)) if (!ids.includes(id)) ids.push(id)
  return ids
}

/** Progress of one article of a ticket (`article` undefined: it left the knowledge base). */
export function articleProgress(
  ticket: Ticket,
  articleId: string,
  article: ProgressSource | undefined,
): ArticleProgress {
  const recorded = ticket.steps[articleId] ?? {}
  const steps = article?.steps ?? []
  const isDone = (key: string) => Object.hasOwn(recorded, key) && recorded[key].done
  const branchOf = (s: ProgressSource['steps'][number]) =>
    s.condition ?? (s.kind === 'branch' ? `\u0000${s.key}` : null)
  const taken = new Set(steps.filter((s) => branchOf(s) !== null && isDone(s.key)).map(branchOf))
  const current = new Set(steps.map((s) => s.key))
  const counted = steps.filter((s) => {
    const branch = branchOf(s)
    return branch === null || taken.has(branch)
  }).length
  let done = 0
  let removedDone = 0
  for (const [key, state] of Object.entries(recorded)) {
    if (!state.done) continue
    done++
    if (!current.has(key)) removedDone++
  }
  return { articleId, done, total: counted + removedDone, removedDone, found: !!article }
}

/** Progress of a ticket, per article and overall; `lookup` omitted: the total is unknown. */
export function ticketProgress(
  ticket: Ticket,
  lookup?: (articleId: string) => ProgressSource | undefined,
): TicketProgress {
  const articles = ticketArticleIds(ticket).map((id) => articleProgress(ticket, id, lookup?.(id)))
  const done = articles.reduce((sum, a) => sum + a.done, 0)
  const total = lookup ? articles.reduce((sum, a) => sum + a.total, 0) : null
  return { done, total, articles }
}
