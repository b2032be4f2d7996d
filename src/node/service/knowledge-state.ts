import { existsSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { ApiError } from '../../core/api/contract'
import type { KnowledgeStatus } from '../../core/api/types'
import type { Article, KnowledgeBase } from '../../core/knowledge/types'
import type { SettingsStore } from '../settings'
import type { KnowledgeBackend, SearchBackend, SearchIndexPort } from './ports'

export interface KnowledgeState {
  /** The loaded knowledge base; waits for a load in progress. */
  current(): Promise<{ kb: KnowledgeBase; index: SearchIndexPort }>
  article(id: string): Promise<{ kb: KnowledgeBase; article: Article }>
  status(): KnowledgeStatus
  roots(): string[]
  reload(): Promise<KnowledgeStatus>
  addRoot(dir: string): Promise<KnowledgeStatus>
  removeRoot(dir: string): Promise<KnowledgeStatus>
  close(): Promise<void>
}

const EMPTY_KB: KnowledgeBase = { roots: [], files: 0, articles: [], byId: new Map(), problems: [] }

/**
 * The knowledge roots (the host's base folders, then the ones the agent added in settings), the
 * loaded base with its search index, and the watcher that reloads them when files change.
 */
export function createKnowledgeState(options: {
  baseDirs: string[]
  bundledDir: string | null
  dataDir: string
  settings: SettingsStore
  knowledge: KnowledgeBackend
  search: SearchBackend
  onChanged: (status: KnowledgeStatus) => void
  watch: boolean
}): KnowledgeState {
  const { settings, knowledge, search } = options
  let loaded: { kb: KnowledgeBase; index: SearchIndexPort } | null = null
  let loading: Promise<{ kb: KnowledgeBase; index: SearchIndexPort }> | null = null
  let indexedAt: string | null = null
  let watcher: { close(): void | Promise<void> } | null = null
  let closed = false

  const roots = (): string[] => [
    ...new Set([...options.baseDirs, ...settings.get().knowledgeRoots].map((d) => resolve(d))),
  ]

  const load = (): Promise<{ kb: KnowledgeBase; index: SearchIndexPort }> => {
    // Serialized: a reload requested while one runs starts after it, on the newest roots.
    const previous = loading ?? Promise.resolve(null)
    const next = previous
      .catch(() => null)
      .then(async () => {
        const dirs = roots().filter((dir) => existsSync(dir))
        const kb = await knowledge.load(dirs)
        const index = await search.open(kb, { knowledgeDirs: dirs, dataDir: options.dataDir })
        const old = loaded?.index
        loaded = { kb, index }
        indexedAt = new Date().toISOString()
        if (old && old !== index) await old.close?.()
        restartWatcher(dirs)
        return loaded
      })
    loading = next
    void next.finally(() => {
      if (loading === next) loading = null
    })
    return next
  }

  const restartWatcher = (dirs: string[]): void => {
    if (!options.watch || closed) return
    void watcher?.close()
    watcher = knowledge.watch(dirs, () => {
      load().then(
        () => options.onChanged(status()),
        () => undefined,
      )
    })
  }

  const status = (): KnowledgeStatus => {
    const kb = loaded?.kb ?? EMPTY_KB
    const dirs = roots()
    const problemPaths = new Set(kb.problems.map((p) => p.path))
    return {
      roots: dirs.map((dir) => {
        const rootIndex = kb.roots.findIndex((r) => resolve(r.dir) === dir)
        const articles = kb.articles.filter((a) => a.root === rootIndex)
        // Files per root: the loader reports only the total; with several roots count the files
        // that produced an article (FAQ or page files included).
        const files =
          rootIndex < 0
            ? 0
            : kb.roots.length === 1
              ? kb.files
              : new Set(articles.map((a) => a.path)).size
        const paths = new Set(articles.map((a) => a.path))
        return {
          dir,
          name: rootIndex >= 0 ? kb.roots[rootIndex].name : basename(dir),
          files,
          articles: articles.length,
          problems: [...problemPaths].filter((p) => paths.has(p)).length,
          bundled: options.bundledDir !== null && resolve(options.bundledDir) === dir,
        }
      }),
      articles: kb.articles.length,
      indexing: loading !== null,
      indexedAt,
      problemFiles: problemPaths.size,
    }
  }

  const current = async () => loaded ?? (await (loading ?? load()))

  return {
    current,
    async article(id) {
      const { kb } = await current()
      const article = kb.byId.get(id)
      if (!article) throw new ApiError('not-found', `Artigo não encontrado: ${id}`)
      return { kb, article }
    },
    status,
    roots,
    async reload() {
      await load()
      const result = status()
      options.onChanged(result)
      return result
    },
    async addRoot(dir) {
      const absolute = resolve(dir)
      if (!existsSync(absolute) || !statSync(absolute).isDirectory())
        throw new ApiError('not-found', `A pasta não existe: ${absolute}`)
      if (!roots().includes(absolute))
        settings.setKnowledgeRoots([...settings.get().knowledgeRoots, absolute])
      return this.reload()
    },
    async removeRoot(dir) {
      const absolute = resolve(dir)
      const added = settings.get().knowledgeRoots.map((d) => resolve(d))
      if (!added.includes(absolute)) {
        if (roots().includes(absolute))
          throw new ApiError(
            'forbidden',
            'Esta pasta faz parte da instalação e não pode ser removida pelas configurações.',
          )
        throw new ApiError('not-found', `Esta pasta não está entre as de conhecimento: ${absolute}`)
      }
      settings.setKnowledgeRoots(
        settings.get().knowledgeRoots.filter((d) => resolve(d) !== absolute),
      )
      return this.reload()
    },
    async close() {
      closed = true
      await watcher?.close()
      await loading?.catch(() => undefined)
      await loaded?.index.close?.()
    },
  }
}
