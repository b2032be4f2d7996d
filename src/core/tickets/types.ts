/** Ticket (chamado) records. Times are ISO-8601 strings in UTC. */

/**
 * The newest stored shape this build reads and writes. Version 2 added the hand-off event; a
 * record without one is still written as version 1 (see storedTicket), so a build that knows only
 * version 1 keeps reading it, and one it cannot read is refused as newer rather than taken for a
 * broken file and moved aside.
 */
export const TICKET_SCHEMA_VERSION = 2

export interface StepState {
  done: boolean
  /** When it was last checked or unchecked. */
  at: string
  note: string
  /** The step's label when it was recorded, so a step removed from the article can still be shown. */
  label: string
}

export type TicketHistoryEvent =
  | { type: 'opened'; at: string }
  | { type: 'step-checked'; at: string; articleId: string; stepKey: string }
  | { type: 'step-unchecked'; at: string; articleId: string; stepKey: string }
  | { type: 'step-note'; at: string; articleId: string; stepKey: string; note: string }
  | { type: 'note-edited'; at: string }
  | { type: 'article-linked'; at: string; articleId: string }
  | { type: 'article-unlinked'; at: string; articleId: string }
  | { type: 'details-edited'; at: string }
  | { type: 'reply-copied'; at: string; articleId: string }
  | { type: 'exported'; at: string; format: string }
  | { type: 'closed'; at: string }
  | { type: 'reopened'; at: string }
  /** Sent to another agent or tier (team mode); `to` is an agent's name or a tier (N1, N2, N3). */
  | { type: 'handed-off'; at: string; from: string; to: string; note: string }

export interface Ticket {
  schemaVersion: number
  /** As the agent typed it, trimmed: letters, digits and - . / only, at most 40 characters. */
  number: string
  requester: string
  organization: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
  status: 'open' | 'closed'
  /** Linked article ids, in the order they were linked. */
  articles: string[]
  /** articleId → stepKey → state. */
  steps: Record<string, Record<string, StepState>>
  /** articleId → field id → value typed by the agent. */
  replyValues: Record<string, Record<string, string>>
  /** articleId → the reply template the agent chose (from 0), for replies that hold several. */
  replyVariants?: Record<string, number>
  notes: string
  history: TicketHistoryEvent[]
}

export interface TicketSummary {
  number: string
  requester: string
  organization: string
  status: 'open' | 'closed'
  createdAt: string
  updatedAt: string
  articles: string[]
  /** Progress overall (core/tickets/progress.ts): steps done and, when the articles are loaded, their total. */
  stepsDone: number
  stepsTotal: number | null
  /** Progress per article, linked ones first; totals are 0 plus done removed steps when not loaded. */
  progress: ArticleProgressRow[]
}

/** One article's progress on a ticket (see core/tickets/progress.ts). */
export interface ArticleProgressRow {
  articleId: string
  done: number
  total: number
  /** Recorded-done steps no longer in the article (counted in done and total). */
  removedDone: number
  found: boolean
}
