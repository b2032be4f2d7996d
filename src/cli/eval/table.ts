/** The side-by-side table `npm run eval` prints: per kind, Roteiro and the baselines. */
import type { EvalReport, EvalScores } from '../../core/search'

const KIND_ORDER = ['email', 'paraphrase', 'sloppy', 'error', 'english']

/** One query set's table: R@1, R@5 and MRR@10 per kind for each engine, and R@1 against Lunr. */
export function formatComparison(
  name: string,
  reports: { roteiro: EvalReport; lunr: EvalReport; minisearch: EvalReport },
): string {
  const kinds = Object.keys(reports.roteiro.byKind).sort(
    (a, b) => order(a) - order(b) || a.localeCompare(b),
  )
  const rows: [string, (r: EvalReport) => EvalScores][] = kinds.map((k) => [k, (r) => r.byKind[k]])
  if (kinds.length > 1 || kinds[0] !== 'other') rows.push(['all', (r) => r])
  const cell = (s: EvalScores) =>
    `${s.recallAt1.toFixed(2)} ${s.recallAt5.toFixed(2)} ${s.mrrAt10.toFixed(2)}`
  const lines = [
    `${name}: R@1 R@5 MRR@10`,
    '| kind | n | Roteiro | plain Lunr | MiniSearch | R@1 Roteiro − Lunr |',
    '| --- | --- | --- | --- | --- | --- |',
  ]
  for (const [kind, pick] of rows) {
    const ours = pick(reports.roteiro)
    const lunr = pick(reports.lunr)
    const delta = ours.recallAt1 - lunr.recallAt1
    lines.push(
      `| ${kind} | ${ours.queries} | ${cell(ours)} | ${cell(lunr)} | ${cell(pick(reports.minisearch))} | ${delta >= 0 ? '+' : ''}${delta.toFixed(2)} |`,
    )
  }
  return lines.join('\n')
}

function order(kind: string): number {
  const i = KIND_ORDER.indexOf(kind)
  return i === -1 ? KIND_ORDER.length : i
}
