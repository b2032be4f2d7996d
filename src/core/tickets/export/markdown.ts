import { formatDateTime } from '../time-format'
import type { Ticket } from '../types'
import {
  articleHeading,
  progressLabel,
  rowsProgress,
  statusLabel,
  ticketRows,
  type ArticleLookup,
  type StepRow,
} from './rows'

export interface ExportOptions {
  /** IANA time zone for dates shown to people (default: the host's). */
  timeZone?: string
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim()

function stepLine(step: StepRow, timeZone?: string): string {
  const parts = [`- [${step.done ? 'x' : ' '}] ${oneLine(step.label) || step.key}`]
  if (step.done && step.at) parts.push(formatDateTime(step.at, timeZone))
  if (step.note.trim()) parts.push(oneLine(step.note))
  return parts.join(' — ')
}

/** The ticket's checklist as Markdown, for pasting into the ticket system. */
export function ticketToMarkdown(
  ticket: Ticket,
  lookup: ArticleLookup,
  options: ExportOptions = {},
): string {
  const { timeZone } = options
  const lines = [`# Chamado ${ticket.number}`, '']
  if (ticket.requester) lines.push(`- Solicitante: ${oneLine(ticket.requester)}`)
  if (ticket.organization) lines.push(`- Órgão: ${oneLine(ticket.organization)}`)
  lines.push(`- Situação: ${statusLabel(ticket.status)}`)
  lines.push(`- Aberto em: ${formatDateTime(ticket.createdAt, timeZone)}`)
  if (ticket.closedAt) lines.push(`- Encerrado em: ${formatDateTime(ticket.closedAt, timeZone)}`)
  const rows = ticketRows(ticket, lookup)
  const overall = rowsProgress(rows)
  lines.push(`- Progresso: ${progressLabel(overall.done, overall.total)}`)
  for (const article of rows) {
    lines.push(
      '',
      `## ${oneLine(articleHeading(article))}`,
      '',
      `Progresso: ${progressLabel(article.done, article.total)}`,
      '',
    )
    for (const step of article.steps) lines.push(stepLine(step, timeZone))
    if (article.orphans.length) {
      if (article.steps.length) lines.push('')
      lines.push(article.found ? 'Passos que não estão mais no artigo:' : 'Passos registrados:', '')
      for (const step of article.orphans) lines.push(stepLine(step, timeZone))
    }
  }
  if (ticket.notes.trim()) lines.push('', '## Anotações', '', ticket.notes.trim())
  return lines.join('\n') + '\n'
}
