import { escapeHtml } from '../../rst'
import { formatDateTime } from '../time-format'
import type { Ticket } from '../types'
import type { ExportOptions } from './markdown'
import {
  articleHeading,
  progressLabel,
  rowsProgress,
  statusLabel,
  ticketRows,
  type ArticleLookup,
  type StepRow,
} from './rows'

const STYLE = `
body { font: 12pt/1.4 system-ui, sans-serif; margin: 2em; color: #111; }
h1 { font-size: 18pt; margin: 0 0 .5em; }
h2 { font-size: 14pt; margin: 1.5em 0 .5em; border-bottom: 1px solid #999; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
dt { font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
td.done { text-align: center; width: 2em; }
.orphan { color: #555; font-style: italic; }
.notes { white-space: pre-wrap; }
@media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`

function stepRow(step: StepRow, timeZone: string | undefined, orphan: boolean): string {
  const at = step.done && step.at ? formatDateTime(step.at, timeZone) : ''
  return (
    `<tr${orphan ? ' class="orphan"' : ''}>` +
    `<td class="done">${step.done ? '☑' : '☐'}</td>` +
    `<td>${escapeHtml(step.label || step.key)}</td>` +
    `<td>${escapeHtml(at)}</td>` +
    `<td class="notes">${escapeHtml(step.note)}</td></tr>`
  )
}

/** A printable HTML page of the ticket: inline <style> only, every value escaped, no script. */
export function ticketToHtml(
  ticket: Ticket,
  lookup: ArticleLookup,
  options: ExportOptions = {},
): string {
  const { timeZone } = options
  const e = escapeHtml
  const details: [string, string][] = [
    ['Solicitante', ticket.requester],
    ['Órgão', ticket.organization],
    ['Situação', statusLabel(ticket.status)],
    ['Aberto em', formatDateTime(ticket.createdAt, timeZone)],
  ]
  if (ticket.closedAt) details.push(['Encerrado em', formatDateTime(ticket.closedAt, timeZone)])
  const rows = ticketRows(ticket, lookup)
  const overall = rowsProgress(rows)
  details.push(['Progresso', progressLabel(overall.done, overall.total)])
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="pt-BR"><head><meta charset="utf-8">',
    `<title>Chamado ${e(ticket.number)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>Chamado ${e(ticket.number)}</h1>`,
    '<dl>' + details.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('') + '</dl>',
  ]
  for (const article of rows) {
    parts.push(`<h2>${e(articleHeading(article))}</h2>`)
    parts.push(
      `<p class="progress">Progresso: ${e(progressLabel(article.done, article.total))}</p>`,
    )
    parts.push(
      '<table><thead><tr><th>Feito</th><th>Passo</th><th>Quando</th><th>Observação</th></tr></thead><tbody>',
    )
    for (const step of article.steps) parts.push(stepRow(step, timeZone, false))
    for (const step of article.orphans) parts.push(stepRow(step, timeZone, article.found))
    parts.push('</tbody></table>')
    if (article.found && article.orphans.length)
      parts.push('<p class="orphan">Em itálico: passos que não estão mais no artigo.</p>')
  }
  if (ticket.notes.trim())
    parts.push('<h2>Anotações</h2>', `<div class="notes">${e(ticket.notes)}</div>`)
  parts.push('</body></html>')
  return parts.join('\n') + '\n'
}
