import type { ImportReport } from '../../api/types'
import { TicketSchemaError } from '../schema'
import type { StepState, Ticket, TicketHistoryEvent } from '../types'
import { parseTicketsJson, type ParsedTickets } from './json'

/**
 * Merges two records of the same ticket without losing anything: the fields of the one changed
 * last (updatedAt), every step with its latest state (by `at`), the union of the histories and
 * of the linked articles, and reply values with the newer record winning.
 */
export function mergeTickets(current: Ticket, incoming: Ticket): Ticket {
  const [older, newer] =
    incoming.updatedAt > current.updatedAt ? [current, incoming] : [incoming, current]
  const steps: Record<string, Record<string, StepState>> = {}
  for (const source of [older, newer])
    for (const [articleId, states] of Object.entries(source.steps))
      for (const [key, state] of Object.entries(states)) {
        const seen = steps[articleId]?.[key]
        if (!seen || state.at >= seen.at) (steps[articleId] ??= {})[key] = state
      }
  const replyValues: Record<string, Record<string, string>> = {}
  for (const source of [older, newer])
    for (const [articleId, values] of Object.entries(source.replyValues))
      replyValues[articleId] = { ...replyValues[articleId], ...values }
  const articles = [...newer.articles]
  for (const id of older.articles) if (!articles.includes(id)) articles.push(id)
  return {
    ...newer,
    createdAt: older.createdAt < newer.createdAt ? older.createdAt : newer.createdAt,
    articles,
    steps,
    replyValues,
    history: mergeHistory(current.history, incoming.history),
  }
}

function mergeHistory(a: TicketHistoryEvent[], b: TicketHistoryEvent[]): TicketHistoryEvent[] {
  const seen = new Set(a.map((event) => JSON.stringify(event)))
  const extra = b.filter((event) => !seen.has(JSON.stringify(event)))
  if (!extra.length) return a
  // Stable sort: events with the same time keep their recorded order.
  return [...a, ...extra].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))
}

export interface ImportPlan {
  report: ImportReport
  /** Records to write (new or merged), one per ticket number. */
  write: Ticket[]
}

/**
 * Plans an import of a `roteiro-tickets` JSON document against what is recorded: new numbers are
 * added, known ones merged (never losing the newer record), identical ones skipped. Takes the
 * document's text, or the document already parsed (a host that looked its numbers up first).
 */
export function planImport(
  content: string | ParsedTickets,
  existing: (number: string) => Ticket | undefined,
): ImportPlan {
  const report: ImportReport = { added: 0, updated: 0, skipped: 0, errors: [] }
  let parsed
  try {
    parsed = typeof content === 'string' ? parseTicketsJson(content) : content
  } catch (error) {
    if (!(error instanceof TicketSchemaError)) throw error
    report.errors.push(error.message)
    return { report, write: [] }
  }
  report.errors.push(...parsed.errors)
  const pending = new Map<string, { ticket: Ticket; isNew: boolean; changed: boolean }>()
  for (const incoming of parsed.tickets) {
    const known = pending.get(incoming.number)
    const current = known?.ticket ?? existing(incoming.number)
    if (!current) {
      pending.set(incoming.number, { ticket: incoming, isNew: true, changed: true })
      continue
    }
    const merged = mergeTickets(current, incoming)
    const changed = JSON.stringify(merged) !== JSON.stringify(current)
    pending.set(incoming.number, {
      ticket: merged,
      isNew: known?.isNew ?? false,
      changed: changed || (known?.changed ?? false),
    })
  }
  const write: Ticket[] = []
  for (const { ticket, isNew, changed } of pending.values()) {
    if (isNew) report.added++
    else if (changed) report.updated++
    else report.skipped++
    if (changed) write.push(ticket)
  }
  return { report, write }
}
