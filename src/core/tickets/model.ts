/**
 * Ticket operations. Each takes a ticket and returns a new one (the input is not changed), with
 * updatedAt set and one history event appended. Time comes from the caller's `now`.
 */
import { ApiError } from '../api/contract'
import { withCurrentKeys } from './step-keys'
import type { Article } from '../knowledge/types'
import { checkTicketNumber } from './number'
import { storedTicket } from './schema'
import { TICKET_SCHEMA_VERSION, type Ticket, type TicketHistoryEvent } from './types'

export type Now = () => Date

export interface NewTicket {
  number: string
  requester?: string
  organization?: string
  articleIds?: string[]
}

/** Creates a ticket; throws ApiError('bad-arguments') with a Portuguese message for a bad number. */
export function createTicket(input: NewTicket, now: Now): Ticket {
  const check = checkTicketNumber(input.number)
  if (!check.ok) throw new ApiError('bad-arguments', check.message)
  const at = now().toISOString()
  let ticket: Ticket = {
    schemaVersion: TICKET_SCHEMA_VERSION,
    number: check.number,
    requester: (input.requester ?? '').trim(),
    organization: (input.organization ?? '').trim(),
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    status: 'open',
    articles: [],
    steps: {},
    replyValues: {},
    notes: '',
    history: [{ type: 'opened', at }],
  }
  for (const id of input.articleIds ?? []) ticket = linkArticle(ticket, id, () => new Date(at))
  return storedTicket(ticket)
}

function touch(ticket: Ticket, event: TicketHistoryEvent, patch: Partial<Ticket>): Ticket {
  return { ...ticket, ...patch, updatedAt: event.at, history: [...ticket.history, event] }
}

function assertOpen(ticket: Ticket): void {
  if (ticket.status === 'closed')
    throw new ApiError(
      'conflict',
      `O chamado ${ticket.number} está encerrado: reabra-o antes de alterá-lo.`,
      { ticket: ticket.number, status: 'closed' },
    )
}

/** Links an article (no change when already linked). */
export function linkArticle(ticket: Ticket, articleId: string, now: Now): Ticket {
  if (ticket.articles.includes(articleId)) return ticket
  assertOpen(ticket)
  const at = now().toISOString()
  return touch(
    ticket,
    { type: 'article-linked', at, articleId },
    { articles: [...ticket.articles, articleId] },
  )
}

/**
 * Unlinks an article (no change when it is not linked). What was recorded on it stays on the
 * ticket, so a step checked by mistake is never lost; linking it again shows it as it was.
 */
export function unlinkArticle(ticket: Ticket, articleId: string, now: Now): Ticket {
  if (!ticket.articles.includes(articleId)) return ticket
  assertOpen(ticket)
  const at = now().toISOString()
  return touch(
    ticket,
    { type: 'article-unlinked', at, articleId },
    { articles: ticket.articles.filter((id) => id !== articleId) },
  )
}

export interface StepChange {
  stepKey: string
  done: boolean
  /** When given, replaces the step's note. */
  note?: string
}

export interface StepRecord extends StepChange {
  articleId: string
  /** The step's label as the article reads now. */
  label: string
}

/** Records a step's state by article id and key (links the article if needed). */
export function recordStep(ticket: Ticket, record: StepRecord, now: Now): Ticket {
  assertOpen(ticket)
  const { articleId, stepKey } = record
  const previous = ticket.steps[articleId]?.[stepKey]
  const linked = linkArticle(ticket, articleId, now)
  const at = now().toISOString()
  const note = record.note ?? previous?.note ?? ''
  const state = { done: record.done, at, note, label: record.label || previous?.label || '' }
  const events: TicketHistoryEvent[] = [
    { type: record.done ? 'step-checked' : 'step-unchecked', at, articleId, stepKey },
  ]
  if (record.note !== undefined && record.note !== (previous?.note ?? ''))
    events.push({ type: 'step-note', at, articleId, stepKey, note: record.note })
  return {
    ...linked,
    steps: { ...linked.steps, [articleId]: { ...linked.steps[articleId], [stepKey]: state } },
    updatedAt: at,
    history: [...linked.history, ...events],
  }
}

/** What setStep reads of an article (an article no longer in the roots: its id, no steps). */
export type StepSource = Pick<Article, 'id' | 'title' | 'steps' | 'formerKeys'>

/**
 * Marks a step of an article done or not done (linking the article if needed). The label is
 * kept as it reads now; a key no longer in the article may still be changed if it was recorded.
 */
export function setStep(
  recorded: Ticket,
  article: StepSource,
  change: StepChange,
  now: Now,
): Ticket {
  // Steps recorded under an earlier derivation's keys move to the current ones on first change.
  const ticket = withCurrentKeys(recorded, article)
  const step = article.steps.find((s) => s.key === change.stepKey)
  const previous = ticket.steps[article.id]?.[change.stepKey]
  if (!step && !previous)
    throw new ApiError(
      'not-found',
      `O passo "${change.stepKey}" não existe no artigo "${article.title}".`,
      { article: article.id, step: change.stepKey },
    )
  return recordStep(
    ticket,
    { ...change, articleId: article.id, label: step?.label ?? previous?.label ?? '' },
    now,
  )
}

/** Sets the note of a recorded (or not yet recorded, then not done) step. */
export function setStepNote(
  ticket: Ticket,
  article: StepSource,
  stepKey: string,
  note: string,
  now: Now,
): Ticket {
  const previous = ticket.steps[article.id]?.[stepKey]
  return setStep(ticket, article, { stepKey, done: previous?.done ?? false, note }, now)
}

/** Replaces the ticket's free notes. */
export function setNotes(ticket: Ticket, notes: string, now: Now): Ticket {
  if (notes === ticket.notes) return ticket
  assertOpen(ticket)
  return touch(ticket, { type: 'note-edited', at: now().toISOString() }, { notes })
}

/** Changes requester and/or organization. */
export function updateDetails(
  ticket: Ticket,
  details: { requester?: string; organization?: string },
  now: Now,
): Ticket {
  const requester = details.requester?.trim() ?? ticket.requester
  const organization = details.organization?.trim() ?? ticket.organization
  if (requester === ticket.requester && organization === ticket.organization) return ticket
  assertOpen(ticket)
  return touch(
    ticket,
    { type: 'details-edited', at: now().toISOString() },
    { requester, organization },
  )
}

/** Stores values the agent typed into an article's reply fields (merged over earlier ones). */
export function setReplyValues(
  ticket: Ticket,
  articleId: string,
  values: Record<string, string>,
  now: Now,
): Ticket {
  assertOpen(ticket)
  const at = now().toISOString()
  return {
    ...ticket,
    replyValues: {
      ...ticket.replyValues,
      [articleId]: { ...ticket.replyValues[articleId], ...values },
    },
    updatedAt: at,
  }
}

/** Remembers which template of an article's reply the agent chose (from 0). */
export function setReplyVariant(
  ticket: Ticket,
  articleId: string,
  variant: number,
  now: Now,
): Ticket {
  assertOpen(ticket)
  if (ticket.replyVariants?.[articleId] === variant) return ticket
  return {
    ...ticket,
    replyVariants: { ...ticket.replyVariants, [articleId]: variant },
    updatedAt: now().toISOString(),
  }
}

/** Records that a reply was copied (allowed on closed tickets too). */
export function recordReplyCopied(ticket: Ticket, articleId: string, now: Now): Ticket {
  return touch(ticket, { type: 'reply-copied', at: now().toISOString(), articleId }, {})
}

/** Records an export (allowed on closed tickets too). */
export function recordExported(ticket: Ticket, format: string, now: Now): Ticket {
  return touch(ticket, { type: 'exported', at: now().toISOString(), format }, {})
}

/** Closes the ticket (no change when already closed). */
export function closeTicket(ticket: Ticket, now: Now): Ticket {
  if (ticket.status === 'closed') return ticket
  const at = now().toISOString()
  return touch(ticket, { type: 'closed', at }, { status: 'closed', closedAt: at })
}

/** Reopens a closed ticket (no change when open). */
export function reopenTicket(ticket: Ticket, now: Now): Ticket {
  if (ticket.status === 'open') return ticket
  const at = now().toISOString()
  return touch(ticket, { type: 'reopened', at }, { status: 'open', closedAt: null })
}
