// Corpus tests: relevance on the dev query set and a fuzz test, on the real knowledge base.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import { loadKnowledgeBase } from '../knowledge/index'
import { createSearchIndex, evaluate, type EvalQuery, type SearchIndex } from '../../core/search'
import type { Article } from '../../core/knowledge/types'
import { articlePassages } from '../../core/search/passages'
import { bothSnippets, buildIndexes } from '../../core/search/testing/build-forward'
import { glossaryEntries } from '../../core/search/glossary'

const corpus = corpusDir()
const DEV_QUERIES = resolve(import.meta.dirname, '../../../../shared/eval/queries.dev.json')
const AGENT_QUERIES = resolve(import.meta.dirname, '../../core/search/testing/agent-queries.json')
const REALISTIC_QUERIES = resolve(import.meta.dirname, '../../../tests/eval/realistic.json')
if (corpus.missing) console.warn(`skipping search corpus tests: ${corpus.missing}`)

describe.skipIf(!corpus.dir)('search on the real knowledge base', () => {
  let index: SearchIndex
  let articles: Article[]
  beforeAll(async () => {
    const kb = await loadKnowledgeBase([corpus.dir!])
    articles = kb.articles
    index = createSearchIndex(articles)
  })

  it('puts the right article in the top 5 for every dev query, first nearly always', () => {
    const queries = JSON.parse(readFileSync(DEV_QUERIES, 'utf8')) as EvalQuery[]
    const report = evaluate(index, queries)
    if (report.misses.length) console.info(JSON.stringify(report.misses, null, 1))
    expect(report.recallAt5).toBe(1)
    expect(report.mrrAt10).toBeGreaterThanOrEqual(0.92)
  })

  it('answers our own agent-like queries (codes, pasted errors, no accents, typos)', () => {
    const queries = JSON.parse(readFileSync(AGENT_QUERIES, 'utf8')) as EvalQuery[]
    const report = evaluate(index, queries)
    if (report.misses.length) console.info(JSON.stringify(report.misses, null, 1))
    expect(report.recallAt5).toBe(1)
    expect(report.recallAt1).toBeGreaterThanOrEqual(0.9)
  })

  it('explains every realistic query with the ranking search gives it', () => {
    const queries = JSON.parse(readFileSync(REALISTIC_QUERIES, 'utf8')) as EvalQuery[]
    const disagree = queries.filter(({ query }) => {
      const hits = index.search(query).results.map((h) => `${h.id} ${h.score}`)
      const explained = index.explain(query).results
      return explained.some((r, i) => `${r.id} ${Math.round(r.score * 1e4) / 1e4}` !== hits[i])
    })
    expect(disagree.map((q) => q.query.slice(0, 60))).toEqual([])
  })

  it('has every glossary target in the knowledge base', () => {
    const { compact } = buildIndexes(articles)
    const missing = glossaryEntries().flatMap(([key, terms]) =>
      terms.length === 0
        ? [`${key}: no target`]
        : terms.filter((t) => !compact.has(t)).map((t) => `${key} → ${t}`),
    )
    expect(missing).toEqual([])
  })

  it('finds articles for our own cases: unaccented, typos, prefixes, pasted errors', () => {
    const cases: [string, RegExp][] = [
      ['certificado digital em dois ambientes', /Ambientes_diferentes_utilizando/],
      ['ambientes diferentes mesmo certficado', /Ambientes_diferentes_utilizando/],
      ['processo parado no status', /Processo_parado_no_/i],
      ['adesao ao nup', /ADESAO_AO_NUP/],
      ['protocolo integrado atualizacao do certif', /Protocolo_Integrado\//],
    ]
    for (const [query, path] of cases) {
      const top = index.search(query, { limit: 5 }).results.map((r) => r.path)
      expect(
        top.some((p) => path.test(p)),
        `${query} → ${top.join(', ')}`,
      ).toBe(true)
    }
  })

  /**
   * CPU time of one search, the best of three tries when one is over the bound: the bound is
   * about the work a query costs, not about other processes or a GC pause on a shared CI
   * machine (the benchmarks measure wall-clock latency).
   */
  function searchCpuMs(q: string): number {
    let best = Infinity
    for (let attempt = 0; attempt < 3 && best >= 50; attempt++) {
      const started = process.cpuUsage()
      index.search(q)
      const used = process.cpuUsage(started)
      best = Math.min(best, (used.user + used.system) / 1000)
    }
    return best
  }

  it('never throws, never answers "everything", and stays fast on any input', () => {
    const word = fc.constantFrom(
      'erro',
      'status',
      'órgão',
      'C:\\Users',
      'http://x',
      '~2',
      '^3',
      '*',
      '+',
      '-',
      'motivo 99',
      '3.6.1',
      ':',
      '"',
    )
    const query = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
      fc.array(word, { maxLength: 30 }).map((w) => w.join(' ')),
    )
    fc.assert(
      fc.property(query, (q) => {
        const response = index.search(q)
        expect(response.results.length).toBeLessThanOrEqual(10)
        expect(searchCpuMs(q)).toBeLessThan(50)
      }),
      { numRuns: 400 },
    )
  })

  it('reads every snippet from the forward index exactly as analyzing the article would cut it', () => {
    const indexes = buildIndexes(articles)
    let compared = 0
    articles.forEach((article, ref) => {
      const passages = articlePassages(article)
      // Terms of the article's own text, from its first, middle and last passages.
      const terms = [passages[1], passages[passages.length >> 1], passages.at(-1)!]
        .filter(Boolean)
        .flatMap((p) => [p.terms[0], p.terms[p.terms.length >> 1], p.terms.at(-1)])
        .filter((t): t is string => t !== undefined)
      for (const matched of [terms.slice(0, 2), terms.slice(2, 5), terms]) {
        const { forward, analyzed } = bothSnippets(indexes, article, ref, matched)
        expect(forward, `${article.id} ${matched.join(' ')}`).toEqual(analyzed)
        compared++
      }
    })
    expect(compared).toBe(articles.length * 3)
  })
})
