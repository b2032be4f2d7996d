/**
 * A warm start reuses the cache while CACHE_VERSION matches, so a change to what the real corpus
 * derives (parsing, checklists, labels, replies, the index) must come with a new CACHE_VERSION.
 * This guard compares what pen-wiki derives now with what was recorded beside the version in
 * tests/fixtures/cache-version.json; when they differ it fails until both are updated.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import { buildSnapshot, type SearchSnapshot } from './build'
import { CACHE_VERSION } from './cache-file'

const FIXTURE = resolve(import.meta.dirname, '../../../tests/fixtures/cache-version.json')
const recorded: { version: string; corpus: string; articles: string; index: string } = JSON.parse(
  readFileSync(FIXTURE, 'utf8'),
)
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const corpus = corpusDir()
if (corpus.missing) console.warn(`skipping the cache version guard: ${corpus.missing}`)

describe.skipIf(!corpus.dir)('the cache version follows what the corpus derives', () => {
  let snapshot: SearchSnapshot
  let now: typeof recorded
  beforeAll(async () => {
    snapshot = await buildSnapshot([corpus.dir as string])
    now = {
      version: CACHE_VERSION,
      // The corpus by content (its files' paths and hashes), not by where it lies or its dates.
      corpus: sha256(snapshot.files.map((f) => `${f.path} ${f.hash}`).join('\n')),
      articles: sha256(JSON.stringify(snapshot.kb.articles)),
      index: sha256(JSON.stringify(snapshot.index)),
    }
  }, 120_000)

  it('matches the recorded derivation, or says what to update', (context) => {
    if (now.corpus !== recorded.corpus) {
      console.warn(
        `skipping the cache version guard: this corpus is not the one recorded; for it, record:\n${JSON.stringify(now, null, 2)}`,
      )
      context.skip()
    }
    const derivedChanged = now.articles !== recorded.articles || now.index !== recorded.index
    const advice = derivedChanged
      ? `what pen-wiki derives changed: bump CACHE_VERSION (now ${CACHE_VERSION}) in cache-file.ts, then record in ${FIXTURE}:\n${JSON.stringify(now, null, 2)}`
      : `CACHE_VERSION changed with nothing derived differently: record it in ${FIXTURE}`
    if (derivedChanged) expect(now.version, advice).not.toBe(recorded.version)
    expect(now, advice).toEqual(recorded)
  })
})
