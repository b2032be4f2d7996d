/** The contract's knowledge methods: search, articles, wiki links, lint and the knowledge roots. */
import type { ApiImplementation } from '../../core/api/contract'
import type { LintReport } from '../../core/api/types'
import { toArticleSummary } from '../../core/knowledge/view'
import type { KnowledgeBase } from '../../core/knowledge/types'
import type { KnowledgeState } from './knowledge-state'
import type { KnowledgeBackend } from './ports'

type KnowledgeMethods = Pick<
  ApiImplementation,
  | 'search'
  | 'listArticles'
  | 'getArticle'
  | 'resolveWikiLink'
  | 'lintReport'
  | 'knowledgeStatus'
  | 'addKnowledgeRoot'
  | 'removeKnowledgeRoot'
  | 'reloadKnowledge'
>

function lint(kb: KnowledgeBase): LintReport {
  return {
    files: kb.files,
    problems: kb.problems,
    problemFiles: new Set(kb.problems.map((p) => p.path)).size,
  }
}

/** Builds the knowledge methods of the API over the loaded knowledge and its backend. */
export function knowledgeApi(
  knowledge: KnowledgeState,
  backend: KnowledgeBackend,
): KnowledgeMethods {
  return {
    search: async (args) => {
      const { index } = await knowledge.current()
      return index.search(args.query, args)
    },
    listArticles: async () => (await knowledge.current()).kb.articles.map(toArticleSummary),
    getArticle: async ({ id }) => {
      const { kb, article } = await knowledge.article(id)
      return backend.view(kb, article)
    },
    resolveWikiLink: async ({ url }) => backend.resolveWikiUrl((await knowledge.current()).kb, url),
    lintReport: async () => lint((await knowledge.current()).kb),
    knowledgeStatus: async () => knowledge.status(),
    addKnowledgeRoot: ({ dir }) => knowledge.addRoot(dir),
    removeKnowledgeRoot: ({ dir }) => knowledge.removeRoot(dir),
    reloadKnowledge: () => knowledge.reload(),
  }
}
