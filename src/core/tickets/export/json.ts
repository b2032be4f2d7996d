import { migrateTicket, storedTicket, TicketSchemaError } from '../schema'
import type { Ticket } from '../types'

export const TICKETS_FORMAT = 'roteiro-tickets'
export const TICKETS_FORMAT_VERSION = 1

export interface TicketsDocument {
  format: typeof TICKETS_FORMAT
  version: typeof TICKETS_FORMAT_VERSION
  exportedAt: string
  tickets: Ticket[]
}

/** Lossless, re-importable JSON of one or many tickets (also the backup format). */
export function ticketsToJson(tickets: Ticket[], now: () => Date): string {
  const doc: TicketsDocument = {
    format: TICKETS_FORMAT,
    version: TICKETS_FORMAT_VERSION,
    exportedAt: now().toISOString(),
    tickets: tickets.map(storedTicket),
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

export interface ParsedTickets {
  tickets: Ticket[]
  /** One Portuguese message per record that could not be read (the others are kept). */
  errors: string[]
}

/** Reads a `roteiro-tickets` document (or a bare ticket); throws TicketSchemaError if unusable. */
export function parseTicketsJson(content: string): ParsedTickets {
  let raw: unknown
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new TicketSchemaError(
      `O arquivo não é JSON válido: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  if (typeof raw !== 'object' || raw === null)
    throw new TicketSchemaError('O arquivo não contém chamados do Roteiro.')
  const doc = raw as Partial<Record<keyof TicketsDocument, unknown>>
  if (doc.format === undefined && 'number' in raw && 'schemaVersion' in raw)
    return { tickets: [migrateTicket(raw)], errors: [] }
  if (doc.format !== TICKETS_FORMAT || !Array.isArray(doc.tickets))
    throw new TicketSchemaError(
      `O arquivo não é uma exportação de chamados do Roteiro (formato "${TICKETS_FORMAT}").`,
    )
  if (typeof doc.version !== 'number' || doc.version > TICKETS_FORMAT_VERSION)
    throw new TicketSchemaError(
      `Esta exportação foi feita por uma versão mais nova do Roteiro (formato ${String(doc.version)}). ` +
        'Atualize o Roteiro para importá-la.',
    )
  const tickets: Ticket[] = []
  const errors: string[] = []
  doc.tickets.forEach((entry, i) => {
    try {
      tickets.push(migrateTicket(entry))
    } catch (error) {
      const number =
        typeof entry === 'object' && entry && 'number' in entry ? String(entry.number) : `#${i + 1}`
      errors.push(`Chamado ${number}: ${error instanceof Error ? error.message : String(error)}`)
    }
  })
  return { tickets, errors }
}
