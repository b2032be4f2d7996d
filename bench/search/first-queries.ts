/**
 * The first queries after a start, in a fresh process (the JavaScript engine has compiled
 * nothing yet): `node --import tsx bench/search/first-queries.ts DIR cold|warm-up [COUNT]` loads DIR,
 * builds the index, runs the app's background warm-up when asked, then times COUNT queries (600) and
 * prints their statistics as JSON. The main benchmark runs it once per mode.
 */
import { loadKnowledgeBase } from '../../src/node/knowledge/index'
import { createSearchIndex, warmUpQueries } from '../../src/core/search/index'
import { WARM_UP_QUERIES } from '../../src/node/search/warm-up'
import { queryMix } from './queries'
import { stats, time } from './stats'

const FIRST_QUERIES_SEED = 7

const [dir, mode, count = '600'] = process.argv.slice(2)
const kb = await loadKnowledgeBase([dir])
const index = createSearchIndex(kb.articles)
if (mode === 'warm-up') for (const query of warmUpQueries(WARM_UP_QUERIES)) index.search(query)
const times = queryMix(kb.articles, Number(count), FIRST_QUERIES_SEED).map(
  ({ query }) => time(() => index.search(query))[1],
)
process.stdout.write(JSON.stringify(stats(times)))
