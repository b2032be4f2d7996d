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

/**
 * One row per step (orphans after the article's own steps, with an empty index); a ticket
 * without articles, or an article without steps, still gets one row with the step columns
 * empty, so every ticket is in the file. RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a
 * BOM so spreadsheet programs read the accents.
 */
export function ticketsToCsv(
  tickets: Ticket[],
  lookup: ArticleLookup,
  options: ExportOptions = {},
): string {
  const records: string[][] = []
  const noStep = ['', '', '', '', '', '']
  for (const ticket of tickets) {
    const who = [ticket.number, ticket.requester, ticket.organization]
    const articles = ticketRows(ticket, lookup)
    if (!articles.length) records.push([...who, '', '', ...noStep])
    for (const article of articles) {
      const steps = [...article.steps, ...article.orphans]
      if (!steps.length) records.push([...who, article.articleId, article.title, ...noStep])
      for (const step of steps)
        records.push([
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
