/**
 * `npm run eval -- --queries FILE --knowledge DIR [--json]`: Recall@1, Recall@5 and MRR@10 of
 * the search over a query set ([{query, relevant: [path…]}]), with the misses listed.
 */
import { readFile } from 'node:fs/promises'
import { CommandError, UsageError } from './cli-error'
import { knowledgeDirs, parseCommandArgs, printJson } from './options'
import { loadKnowledgeBase } from '../node/knowledge/index'
import { createSearchIndex, evaluate, type EvalQuery } from '../core/search'

async function main(argv: string[]): Promise<void> {
  const { values } = parseCommandArgs(argv, { queries: { type: 'string' } }, false)
  if (!values.queries) throw new UsageError('eval: missing --queries FILE')
  let queries: EvalQuery[]
  try {
    queries = JSON.parse(await readFile(values.queries, 'utf8')) as EvalQuery[]
  } catch (error) {
    throw new CommandError(`eval: cannot read ${values.queries}: ${(error as Error).message}`)
  }
  if (
    !Array.isArray(queries) ||
    queries.some((q) => typeof q?.query !== 'string' || !Array.isArray(q.relevant))
  ) {
    throw new CommandError(
      'eval: the query file must be a JSON array of {"query", "relevant": [path…]}',
    )
  }
  const started = performance.now()
  const kb = await loadKnowledgeBase(knowledgeDirs(values))
  const index = createSearchIndex(kb.articles)
  const buildMs = Math.round(performance.now() - started)
  const report = evaluate(index, queries)
  if (values.json) {
    printJson({ ...report, articles: kb.articles.length, buildMs })
    return
  }
  const pct = (x: number) => x.toFixed(4)
  const out = [
    `queries    ${report.queries} (articles: ${kb.articles.length}, built in ${buildMs} ms)`,
    `Recall@1   ${pct(report.recallAt1)}`,
    `Recall@5   ${pct(report.recallAt5)}`,
    `MRR@10     ${pct(report.mrrAt10)}`,
  ]
  if (report.misses.length) {
    out.push('', 'not first:')
    for (const miss of report.misses) {
      out.push(`  [${miss.rank ?? '>10'}] ${miss.query}`, `      want ${miss.relevant[0]}`)
      miss.top.slice(0, 3).forEach((p, i) => out.push(`      ${i + 1}. ${p}`))
    }
  }
  process.stdout.write(out.join('\n') + '\n')
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = error instanceof UsageError ? 2 : 1
})
