import { describe, expect, it } from 'vitest'
import { PostingReader } from './postings'
import { QueryPlanner } from './query-plan'
import { parseQuery } from './query'
import { RANK } from './rank'
import { Scorer } from './scoring'
import { longestRun, termStream } from './verbatim'
import { articleFacts } from './search-index'
import { TermStatistics } from './term-statistics'
import { buildIndexes } from './testing/build-forward'
import { SAMPLE_ARTICLES } from './testing/sample-articles'
import { versionHeads } from './versions'

describe('Scorer.executeMore', () => {
  const { compact, forward } = buildIndexes(SAMPLE_ARTICLES)
  const facts = SAMPLE_ARTICLES.map(articleFacts)
  const postings = new PostingReader(compact, facts.length)
  const planner = new QueryPlanner(compact, new TermStatistics(postings, facts.length))
  const scorer = new Scorer(compact, forward, postings, facts, versionHeads(facts))
  const all = () => true
  const plain = (c: { ref: number; score: number; words: number }[]) =>
    c.map(({ ref, score, words }) => ({ ref, score, words }))

  it('scores appended words exactly as a full run does', () => {
    const words = planner.plan(parseQuery('processo parado no recebimento '))
    const extra = planner.feedbackWords(['certific', 'barrament'], 0.1, 0.1)
    const full = plain(scorer.execute([...words, ...extra], all))
    scorer.execute(words, all)
    expect(plain(scorer.executeMore([...words, ...extra], all))).toEqual(full)
  })

  it('runs everything again when the words it ran have changed since', () => {
    const words = planner.plan(parseQuery('processo parado '))
    scorer.execute(words, all)
    words[0].clauses.set('certific', 1)
    const more = plain(scorer.executeMore(words, all))
    expect(more).toEqual(plain(scorer.execute(words, all)))
    expect(more.length).toBeGreaterThan(0)
  })
})

describe('Scorer.rank: verbatim runs', () => {
  const { compact, forward } = buildIndexes(SAMPLE_ARTICLES)
  const facts = SAMPLE_ARTICLES.map(articleFacts)
  const postings = new PostingReader(compact, facts.length)
  const planner = new QueryPlanner(compact, new TermStatistics(postings, facts.length))
  const scorer = new Scorer(compact, forward, postings, facts, versionHeads(facts))

  it('finds the run of every candidate that has one, reading only those that may', () => {
    const text = SAMPLE_ARTICLES.flatMap((a) => a.sections.map((s) => s.text)).join(' ')
    const query = `${text.split(/\s+/).slice(0, 40).join(' ')} `
    const terms = parseQuery(query)
    const words = planner.plan(terms)
    const stream = termStream(
      terms.map((t) => (t.stem ? compact.termId(t.stem) : -1)),
      terms.map((t) => t.compound === true),
    )
    const ranked = scorer.rank(
      scorer.execute(words, () => true),
      words,
      planner.clauseIds(words),
      stream,
    )
    const expected = ranked.map((c) => {
      const run = longestRun(forward, c.ref, stream)
      return run && run.words >= RANK.verbatimMin ? run.words : undefined
    })
    expect(ranked.map((c) => c.verbatim?.words)).toEqual(expected)
    expect(expected.some((w) => w !== undefined)).toBe(true)
  })
})
