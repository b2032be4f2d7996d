import { readFile } from 'node:fs/promises'
import { CommandError, UsageError } from '../cli-error'
import { dataDir, knowledgeDirs, parseCommandArgs, printJson } from '../options'
import { openSearch } from '../../node/search'
import type { SearchHit } from '../../core/api/types'
import type { SearchIndex } from '../../core/search'

const DEFAULT_LIMIT = 10

/** `kb search QUERY... [--json] [--limit N]` or `kb search --batch FILE [--json]`. */
export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    limit: { type: 'string' },
    batch: { type: 'string' },
  })
  const limit = parseLimit(values.limit)
  if (values.batch !== undefined && positionals.length) {
    throw new UsageError('search: give either QUERY or --batch FILE, not both')
  }
  if (values.batch === undefined && !positionals.length) {
    throw new UsageError('search: missing QUERY (usage: kb search QUERY... [--json] [--limit N])')
  }
  const queries =
    values.batch !== undefined ? await readBatch(values.batch) : [positionals.join(' ')]
  const session = await openSearch({
    knowledgeDirs: knowledgeDirs(values),
    dataDir: dataDir(values),
  })
  // The CLI answers for the files as they are now, so it waits for any rebuild.
  await session.ready
  const answers = queries.map((query) => answer(session.index, query, limit))
  if (values.json) printJson(values.batch !== undefined ? answers : answers[0])
  else process.stdout.write(answers.map(human).join('\n'))
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT
  const limit = Number(value)
  if (!/^\d+$/.test(value) || limit < 1 || limit > 200) {
    throw new UsageError(`search: --limit must be a whole number from 1 to 200, got "${value}"`)
  }
  return limit
}

async function readBatch(file: string): Promise<string[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new CommandError(`search: cannot read ${file}: ${(error as Error).message}`)
  }
  const lines = text.split(/\r?\n/)
  // A final newline ends the last line; it does not start an extra, empty query.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()
  return lines
}

interface Answer {
  query: string
  results: (Pick<SearchHit, 'id' | 'path' | 'title' | 'score' | 'snippet' | 'section'> &
    Partial<SearchHit>)[]
  tookMs: number
}

function answer(index: SearchIndex, query: string, limit: number): Answer {
  const response = index.search(query, { limit })
  return {
    query,
    results: response.results.map((hit) => ({
      id: hit.id,
      path: hit.path,
      title: hit.title,
      score: hit.score,
      snippet: hit.snippet,
      section: hit.section,
      sectionTitle: hit.sectionTitle,
      marks: hit.marks,
      kind: hit.kind,
      product: hit.product,
      superseded: hit.superseded,
      olderVersions: hit.olderVersions,
    })),
    tookMs: response.tookMs,
  }
}

function human({ query, results }: Answer): string {
  if (!results.length) return `"${query}": nenhum artigo encontrado.\n`
  const lines = [`"${query}":`]
  results.forEach((hit, i) => {
    lines.push(`${String(i + 1).padStart(2)}. ${hit.title}${hit.superseded ? ' (superado)' : ''}`)
    lines.push(`    ${hit.path}`)
    if (hit.snippet) lines.push(`    ${hit.snippet}`)
  })
  return lines.join('\n') + '\n'
}
