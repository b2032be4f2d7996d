/**
 * `npm run eval [-- --queries FILE]... [--knowledge DIR]... [--halves] [--misses] [--json]`: Recall@1,
 * Recall@5 and MRR@10 of Roteiro's search over each query set ([{kind?, query, relevant}]), per
 * kind, beside plain Lunr and MiniSearch run on the same knowledge in the same run. Without
 * --queries: the project's realistic set and the shared development set; without --knowledge:
 * KB_CORPUS, else ../shared/kb/pen-wiki. --halves also reports each set's two fixed halves
 * (halves.ts): rules are tuned on half A and must hold on half B.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { CommandError, UsageError } from './cli-error'
import { parseCommandArgs, printJson } from './options'
import { miniSearch, plainLunr } from './eval/baselines'
import { splitHalves } from './eval/halves'
import { formatComparison } from './eval/table'
import { loadKnowledgeBase } from '../node/knowledge/index'
import { createSearchIndex, evaluate, evaluateRanker, type EvalQuery } from '../core/search'

const ROOT = resolve(import.meta.dirname, '../..')
const DEFAULT_QUERIES = [
  resolve(ROOT, 'tests/eval/realistic.json'),
  resolve(ROOT, 'tests/eval/realistic-heldout.json'),
  resolve(ROOT, '../shared/eval/queries.dev.json'),
]
const DEFAULT_KNOWLEDGE = process.env.KB_CORPUS ?? resolve(ROOT, '../shared/kb/pen-wiki')

async function readQueries(file: string): Promise<EvalQuery[]> {
  let queries: unknown
  try {
    queries = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new CommandError(`eval: cannot read ${file}: ${(error as Error).message}`)
  }
  if (
    !Array.isArray(queries) ||
    queries.some((q) => typeof q?.query !== 'string' || !Array.isArray(q.relevant))
  ) {
    throw new CommandError(
      `eval: ${file} must be a JSON array of {"kind"?, "query", "relevant": [path…]}`,
    )
  }
  return queries as EvalQuery[]
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseCommandArgs(
    argv,
    {
      queries: { type: 'string', multiple: true },
      misses: { type: 'boolean' },
      halves: { type: 'boolean' },
    },
    false,
  )
  const files = values.queries?.length
    ? values.queries.map((f) => resolve(f))
    : DEFAULT_QUERIES.filter((f) => existsSync(f))
  if (!files.length) throw new UsageError('eval: no query set found; pass --queries FILE')
  const dirs = (values.knowledge?.length ? values.knowledge : [DEFAULT_KNOWLEDGE]).map((d) =>
    resolve(d),
  )
  const started = performance.now()
  const kb = await loadKnowledgeBase(dirs)
  const index = createSearchIndex(kb.articles)
  const buildMs = Math.round(performance.now() - started)
  const lunr = plainLunr(kb.articles)
  const mini = miniSearch(kb.articles)
  const sets = []
  for (const file of files) {
    const queries = await readQueries(file)
    const parts: [string, EvalQuery[]][] = [[basename(file), queries]]
    if (values.halves) {
      const { a, b } = splitHalves(queries)
      parts.push([`${basename(file)} half A`, a], [`${basename(file)} half B`, b])
    }
    for (const [name, part] of parts) {
      sets.push({
        file: name,
        roteiro: evaluate(index, part),
        lunr: evaluateRanker(lunr, part),
        minisearch: evaluateRanker(mini, part),
      })
    }
  }
  if (values.json) {
    printJson({ articles: kb.articles.length, buildMs, sets })
    return
  }
  const out = [`articles: ${kb.articles.length} (Roteiro index built in ${buildMs} ms)`]
  for (const set of sets) {
    out.push('', formatComparison(set.file, set))
    if (values.misses && set.roteiro.misses.length && !set.file.includes(' half ')) {
      out.push('', 'Roteiro, not first:')
      for (const miss of set.roteiro.misses) {
        const query = miss.query.replace(/\s+/g, ' ').slice(0, 160)
        out.push(`  [${miss.rank ?? '>10'}] ${miss.kind ?? ''}: ${query}`)
        out.push(`      want ${miss.relevant[0]}`)
        miss.top.slice(0, 3).forEach((p, i) => out.push(`      ${i + 1}. ${p}`))
      }
    }
  }
  process.stdout.write(out.join('\n') + '\n')
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = error instanceof UsageError ? 2 : 1
})
