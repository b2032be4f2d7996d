/**
 * `npm run bench`: runs every benchmark suite, prints one table each and writes
 * bench/results/<suite>.json. Suites register here.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

type Suite = { name: string; run(): Promise<{ table: string; json: unknown }> }

const SUITES: (() => Promise<Suite>)[] = [
  () => import('./search-bench').then((m) => m.suite),
  () => import('./tickets-bench').then((m) => m.suite),
  () => import('./team-bench').then((m) => m.suite),
]

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const outDir = resolve(import.meta.dirname, 'results')
mkdirSync(outDir, { recursive: true })
for (const load of SUITES) {
  const suite = await load()
  if (only.length && !only.includes(suite.name)) continue
  const { table, json } = await suite.run()
  process.stdout.write(`\n## ${suite.name}\n${table}\n`)
  writeFileSync(resolve(outDir, `${suite.name}.json`), JSON.stringify(json, null, 2) + '\n')
}
