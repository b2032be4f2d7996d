import { stringify } from 'csv-stringify/sync'
import { formatDateTime } from '../time-format'
import type { Ticket } from '../types'
import type { ExportOptions } from './markdown'
import { ticketRows, type ArticleLookup } from './rows'

export const CSV_COLUMNS = [
  'chamado',
  'solicitante',
  'orgao',
  'artigo_id',
  'artigo_titulo',
  'passo_indice',
  'passo_chave',
  'passo',
  'feito',
  'feito_em',
  'observacao',
] as const

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/

/** A cell a spreadsheet shows as text: one starting like a formula gets a leading single quote. */
export function neutralizeCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/**
 * One row per step (orphans after the article's own steps, with an empty index); a ticket
 * without articles, or an article without steps, still gets one row with the step columns
 * empty, so every ticket is in the file. RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a
 * BOM so spreadsheet programs read the accents. Every cell is neutralized against formula
 * injection (a requester named `=HYPERLINK(…)`).
 */
export function ticketsToCsv(
  tickets: Ticket[],
  lookup: ArticleLookup,
  options: ExportOptions = {},
): string {
  const records: string[][] = []
  const noStep = ['', '', '', '', '', '']
  const push = (cells: string[]) => records.push(cells.map(neutralizeCsvCell))
  for (const ticket of tickets) {
    const who = [ticket.number, ticket.requester, ticket.organization]
    const articles = ticketRows(ticket, lookup)
    if (!articles.length) push([...who, '', '', ...noStep])
    for (const article of articles) {
      const steps = [...article.steps, ...article.orphans]
      if (!steps.length) push([...who, article.articleId, article.title, ...noStep])
      for (const step of steps)
        push([
          ...who,
          article.articleId,
          article.title,
          step.index === null ? '' : String(step.index),
          step.key,
          step.label,
          step.done ? 'sim' : 'não',
          step.done && step.at ? formatDateTime(step.at, options.timeZone) : '',
          step.note,
        ])
    }
  }
  return stringify(records, {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: '\r\n',
  })
}
