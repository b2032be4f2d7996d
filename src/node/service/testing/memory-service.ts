/**
 * The real service over knowledge written in memory: `.rst` strings are read, linked and indexed
 * by the core (the same reader, article model and search the app runs), tickets are kept in
 * memory by the real tickets backend, and replies and exports are the core's. No file is read
 * or written and nothing is watched: for the tests of the hosts and of the UI.
 */
import { tmpdir } from 'node:os'
import type { HostInfo, Settings } from '../../../core/api/types'
import { buildKnowledgeBase } from '../../../core/knowledge/build'
import type { KnowledgeBase } from '../../../core/knowledge/types'
import { toArticleView } from '../../../core/knowledge/view'
import { resolveWikiUrl } from '../../../core/knowledge/wiki'
import { createSearchIndex } from '../../../core/search'
import { createMemorySettingsStore } from '../../settings'
import { summarizeKnowledgeBase } from '../../search/summary'
import { createDefaultBackends } from '../default-backends'
import type { HostHooks } from '../hooks'
import type { KnowledgeSessionPort, ServiceBackends } from '../ports'
import { createRoteiroService, type RoteiroService } from '../service'
import { fakeTickets } from './fake-backends'
import { TEST_HOST } from './test-host'

export interface MemoryServiceOptions {
  /** Knowledge files: path inside the folder → reStructuredText. */
  files: Record<string, string>
  now?: () => Date
  settings?: Partial<Settings>
  host?: Partial<HostInfo>
  hooks?: HostHooks
}

function memoryKnowledge(dir: string, files: Record<string, string>): KnowledgeBase {
  const encoder = new TextEncoder()
  return buildKnowledgeBase(
    [{ dir, name: 'kb' }],
    Object.entries(files).map(([path, text]) => ({ root: 0, path, bytes: encoder.encode(text) })),
  )
}

function memorySession(kb: KnowledgeBase): KnowledgeSessionPort {
  const index = createSearchIndex(kb.articles)
  return {
    kb,
    index: { search: (query, options) => index.search(query, options) },
    summary: summarizeKnowledgeBase(kb),
    ready: Promise.resolve(),
    refresh: async () => false,
    onSwap: () => () => undefined,
  }
}

/** Backends of the real service with the knowledge, its index and the tickets in memory. */
export function memoryBackends(
  files: Record<string, string>,
  now: () => Date = () => new Date(),
): ServiceBackends {
  const tickets = fakeTickets(now)
  return {
    knowledge: {
      watch: () => ({ close: () => undefined }),
      resolveWikiUrl: (kb, url) => resolveWikiUrl(kb, url) ?? { articleId: null, anchor: null },
      view: (kb, article) => toArticleView(kb, article),
    },
    search: {
      open: async ({ knowledgeDirs }) =>
        memorySession(memoryKnowledge(knowledgeDirs[0] ?? tmpdir(), files)),
    },
    tickets: () => tickets,
    documents: createDefaultBackends(now).documents,
  }
}

/** The real service over in-memory knowledge, settings and tickets. */
export async function createMemoryService(options: MemoryServiceOptions): Promise<RoteiroService> {
  // The folder must exist (the service skips missing roots); nothing in it is read.
  const dir = tmpdir()
  return createRoteiroService({
    knowledgeDirs: [dir],
    dataDir: dir,
    settings: createMemorySettingsStore(options.settings),
    host: { ...TEST_HOST, ...options.host },
    now: options.now,
    hooks: options.hooks,
    backends: memoryBackends(options.files, options.now),
    watch: false,
    bundledDir: dir,
  })
}
