/** The ticket methods behind the service: the core ticket model over a store of records. */
import { ApiError } from '../../core/api/contract'
import { mergeTickets, planImport } from '../../core/tickets/export/import'
import { parseTicketsJson, type ParsedTickets } from '../../core/tickets/export/json'
import * as model from '../../core/tickets/model'
import type { Ticket } from '../../core/tickets/types'
import type { TicketRecords } from '../tickets/ticket-store'
import type { TicketsBackend } from './ports'

/** The tickets backend: the core ticket model over a store of records. */
export function ticketsBackendOver(
  storePromise: Promise<TicketRecords>,
  now: () => Date,
): TicketsBackend {
  const must = (t: Ticket | null, number: string): Ticket => {
    if (!t) throw new ApiError('not-found', `Chamado não encontrado: ${number}`, { ticket: number })
    return t
  }
  const edit = async (number: string, change: (t: Ticket) => Ticket): Promise<Ticket> => {
    const store = await storePromise
    return must(await store.update(number, (t) => (t ? change(t) : null)), number)
  }
  return {
    async open(args) {
      const store = await storePromise
      const ticket = await store.update(args.number, (current) => {
        if (!current) return model.createTicket(args, now)
        // Opening a known number again brings it back with any new details and articles.
        let t = model.updateDetails(current, args, now)
        for (const id of args.articleIds ?? []) t = model.linkArticle(t, id, now)
        return t
      })
      return must(ticket, args.number)
    },
    get: async (number) => (await storePromise).get(number),
    list: async (filter, lookup) => (await storePromise).list(filter, lookup),
    all: async () => (await storePromise).all(),
    update: (number, patch) =>
      edit(number, (t) => {
        const next = model.updateDetails(t, patch, now)
        return patch.notes === undefined ? next : model.setNotes(next, patch.notes, now)
      }),
    linkArticle: (number, articleId) => edit(number, (t) => model.linkArticle(t, articleId, now)),
    unlinkArticle: (number, articleId) =>
      edit(number, (t) => model.unlinkArticle(t, articleId, now)),
    setStep: (number, article, change) =>
      edit(number, (t) => model.setStep(t, article, change, now)),
    setStepNote: (number, article, stepKey, note) =>
      edit(number, (t) => model.setStepNote(t, article, stepKey, note, now)),
    closeTicket: (number) => edit(number, (t) => model.closeTicket(t, now)),
    reopenTicket: (number) => edit(number, (t) => model.reopenTicket(t, now)),
    setReplyValues: (number, articleId, values) =>
      edit(number, (t) => model.setReplyValues(t, articleId, values, now)),
    setReplyVariant: (number, articleId, variant) =>
      edit(number, (t) => model.setReplyVariant(t, articleId, variant, now)),
    recordReplyCopied: (number, articleId) =>
      edit(number, (t) => model.recordReplyCopied(t, articleId, now)),
    recordExported: (number, format) => edit(number, (t) => model.recordExported(t, format, now)),
    async importContent(content) {
      const store = await storePromise
      const parsed = parseImport(content)
      // Only the tickets the file names are read (not every record on disk).
      const existing = new Map<string, Ticket>()
      for (const number of new Set(
        typeof parsed === 'string' ? [] : parsed.tickets.map((t) => t.number),
      )) {
        const current = await store.get(number)
        if (current) existing.set(number, current)
      }
      const plan = planImport(parsed, (number) => existing.get(number))
      for (const ticket of plan.write)
        // Under the ticket's lock: a change another process made since it was read is merged in.
        await store.update(ticket.number, (current) =>
          current && !sameTicket(current, existing.get(ticket.number))
            ? mergeTickets(current, ticket)
            : ticket,
        )
      return plan.report
    },
  }
}

/** The document parsed once, or its text when it does not parse (planImport reports why). */
function parseImport(content: string): ParsedTickets | string {
  try {
    return parseTicketsJson(content)
  } catch {
    return content
  }
}

function sameTicket(a: Ticket, b: Ticket | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b)
}
