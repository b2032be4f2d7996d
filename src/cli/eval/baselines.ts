/**
 * The baselines `npm run eval` measures beside Roteiro, each over one document per knowledge file
 * (the articles of a file joined), so every report is a side-by-side ratio:
 * - plain Lunr: the pt stemmer (lunr-languages' trimmer, stop words, stemmer) then accent
 *   folding, every query word an optional term;
 * - MiniSearch: accent folding, fuzzy 0.2, prefix search, words OR-ed (its defaults otherwise).
 */
import lunr from 'lunr'
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import portuguese from 'lunr-languages/lunr.pt.js'
import MiniSearch from 'minisearch'
import type { Article } from '../../core/knowledge/types'
import { fold, type Ranker } from '../../core/search'

// The core's analyzer may have registered the pt plugin on this same instance already.
if (!('pt' in lunr)) {
  stemmerSupport(lunr)
  portuguese(lunr)
}

interface FileDocument {
  path: string
  title: string
  text: string
}

/** One document per file: its articles' titles, keywords and section texts. */
export function fileDocuments(articles: readonly Article[]): FileDocument[] {
  const byPath = new Map<string, FileDocument>()
  for (const a of articles) {
    const text = [a.keywords.join(' '), ...a.sections.map((s) => s.text)].join('\n')
    const doc = byPath.get(a.path)
    if (doc) {
      doc.title += `\n${a.title}`
      doc.text += `\n${text}`
    } else byPath.set(a.path, { path: a.path, title: a.title, text })
  }
  return [...byPath.values()]
}

type Pt = { trimmer: lunr.PipelineFunction; stopWordFilter: lunr.PipelineFunction }
const pt = (lunr as unknown as { pt: Pt & { stemmer: lunr.PipelineFunction } }).pt
const foldToken: lunr.PipelineFunction = (token) => token.update((s) => fold(s))
lunr.Pipeline.registerFunction(foldToken, 'baseline-fold')

/** Plain Lunr: pt analysis and folding, every query word optional. */
export function plainLunr(articles: readonly Article[]): Ranker {
  const docs = fileDocuments(articles)
  const index = lunr(function () {
    this.pipeline.reset()
    this.pipeline.add(pt.trimmer, pt.stopWordFilter, pt.stemmer, foldToken)
    this.searchPipeline.reset()
    this.searchPipeline.add(pt.stemmer, foldToken)
    this.ref('path')
    this.field('title')
    this.field('text')
    for (const doc of docs) this.add(doc)
  })
  const analyze = new lunr.Pipeline()
  analyze.add(pt.trimmer, pt.stopWordFilter, pt.stemmer, foldToken)
  return (query) => {
    const terms = analyze
      .run(lunr.tokenizer(query.toLowerCase()))
      .map((t) => t.toString())
      .filter(Boolean)
    if (!terms.length) return []
    // Terms go in through the query builder, never the parser (it throws on "erro:" and "~").
    return index
      .query((q) => {
        for (const term of terms) {
          q.term(term, { presence: lunr.Query.presence.OPTIONAL, usePipeline: false })
        }
      })
      .slice(0, 10)
      .map((r) => r.ref)
  }
}

/** MiniSearch: folding, fuzzy 0.2, prefix. */
export function miniSearch(articles: readonly Article[]): Ranker {
  const mini = new MiniSearch<FileDocument>({
    idField: 'path',
    fields: ['title', 'text'],
    processTerm: (term) => fold(term),
    searchOptions: { fuzzy: 0.2, prefix: true },
  })
  mini.addAll(fileDocuments(articles))
  return (query) =>
    mini
      .search(query)
      .slice(0, 10)
      .map((r) => String(r.id))
}
