import type { ExportFile } from '../../api/types'
import type { Ticket } from '../types'
import { ticketsInRange, type DateRange } from './bulk'
import { ticketsToCsv } from './csv'
import { ticketToHtml } from './html'
import { ticketsToJson } from './json'
import { ticketToMarkdown, type ExportOptions } from './markdown'
import type { ArticleLookup } from './rows'

export type TicketExportFormat = 'md' | 'csv' | 'json' | 'html'

const MIME: Record<TicketExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  html: 'text/html; charset=utf-8',
}

/** A file-name-safe form of a ticket number ("/" and other separators become "_"). */
export function safeFilePart(number: string): string {
  return number.replace(/[^A-Za-z0-9.-]/g, '_').replace(/^\.+/, '_')
}

const stamp = (now: Date) => now.toISOString().slice(0, 10)

/** One ticket as an export file in the given format. */
export function exportTicketFile(
  ticket: Ticket,
  format: TicketExportFormat,
  lookup: ArticleLookup,
  now: () => Date,
  options: ExportOptions = {},
): ExportFile {
  const content =
    format === 'md'
      ? ticketToMarkdown(ticket, lookup, options)
      : format === 'csv'
        ? ticketsToCsv([ticket], lookup, options)
        : format === 'json'
          ? ticketsToJson([ticket], now)
          : ticketToHtml(ticket, lookup, options)
  return {
    filename: `chamado-${safeFilePart(ticket.number)}.${format}`,
    mime: MIME[format],
    content,
  }
}

/** Tickets changed (updatedAt) within the range, as one CSV or JSON file. */
export function exportTicketsFile(
  tickets: Ticket[],
  format: 'csv' | 'json',
  range: DateRange,
  lookup: ArticleLookup,
  now: () => Date,
  options: ExportOptions = {},
): ExportFile {
  const selected = ticketsInRange(tickets, range)
  const content =
    format === 'csv' ? ticketsToCsv(selected, lookup, options) : ticketsToJson(selected, now)
  return { filename: `chamados-${stamp(now())}.${format}`, mime: MIME[format], content }
}

/** Backup: every ticket as re-importable JSON. */
export function backupTicketsFile(tickets: Ticket[], now: () => Date): ExportFile {
  const sorted = [...tickets].sort((a, b) => a.number.localeCompare(b.number))
  return {
    filename: `roteiro-backup-chamados-${stamp(now())}.json`,
    mime: MIME.json,
    content: ticketsToJson(sorted, now),
  }
}
