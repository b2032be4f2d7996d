import { stringify } from 'csv-stringify/sync'
import type { SupervisorReport } from './supervisor'

export const SUPERVISOR_CSV_COLUMNS = [
  'tabela',
  'agente',
  'dia',
  'artigo',
  'passo',
  'valor',
] as const

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function cell(value: string | number): string {
  const text = String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/**
 * The supervisor's numbers as one CSV table in long form (one number per row), RFC 4180 with a
 * BOM like the ticket exports, so a spreadsheet can pivot it.
 */
export function supervisorCsv(report: SupervisorReport): string {
  const rows: (string | number)[][] = []
  for (const [table, counts] of [
    ['abertos', report.opened],
    ['encerrados', report.closed],
  ] as const)
    for (const agent of report.agents)
      report.days.forEach((day, i) => {
        const n = counts[agent]?.[i] ?? 0
        if (n) rows.push([table, agent, day, '', '', n])
      })
  const ttc = report.timeToClose
  if (ttc.medianHours !== null)
    rows.push(['horas_ate_encerrar_mediana', '', '', '', '', ttc.medianHours])
  if (ttc.p90Hours !== null) rows.push(['horas_ate_encerrar_p90', '', '', '', '', ttc.p90Hours])
  for (const b of ttc.buckets) rows.push(['encerrados_em_' + b.bucket, '', '', '', '', b.count])
  for (const [agent, hours] of Object.entries(ttc.medianByAgent))
    rows.push(['horas_ate_encerrar_mediana_por_agente', agent, '', '', '', hours])
  for (const a of report.topArticles)
    rows.push(['artigos_mais_usados', '', '', a.title, '', a.tickets])
  for (const s of report.uncheckedSteps)
    rows.push(['passos_nao_marcados_em_encerrados', '', '', s.articleTitle, s.label, s.unchecked])
  return (
    '\uFEFF' +
    stringify([[...SUPERVISOR_CSV_COLUMNS], ...rows.map((r) => r.map(cell))], {
      record_delimiter: '\r\n',
    })
  )
}
