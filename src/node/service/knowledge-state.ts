import { existsSync, statSync } from 'node:fs'
import { basename, isAbsolute, resolve } from 'node:path'
import { ApiError } from '../../core/api/contract'
import type { KnowledgeStatus } from '../../core/api/types'
import type { Article, KnowledgeBase } from '../../core/knowledge/types'
import type { KnowledgeSummary } from '../search/summary'
import type { SettingsStore } from '../settings'
import type {
  KnowledgeBackend,
  KnowledgeSessionPort,
  SearchBackend,
  SearchIndexPort,
} from './ports'

export interface KnowledgeState {
  /** The loaded knowledge base and its index; waits for the first load. */
  current(): Promise<{ kb: KnowledgeBase; index: SearchIndexPort }>
  article(id: string): Promise<{ kb: KnowledgeBase; article: Article }>
  status(): KnowledgeStatus
  /** The configured roots (base folders, then the agent's), missing ones included. */
  roots(): string[]
  /** The roots of the loaded base, in article `root` order (image URLs use these indexes). */
  indexRoots(): string[]
  reload(): Promise<KnowledgeStatus>
  addRoot(dir: string): Promise<KnowledgeStatus>
  removeRoot(dir: string): Promise<KnowledgeStatus>
  close(): Promise<void>
}

interface Active {
  session: KnowledgeSessionPort
  dirs: string[]
  unsubscribe: () => void
}

const EMPTY_SUMMARY: KnowledgeSummary = {
  roots: [],
  files: 0,
  articles: 0,
  problemFiles: 0,
  perRoot: [],
}

/**
 * The knowledge roots (the host's base folders, then the ones the agent added in settings) and
 * the search session that holds their knowledge base and index. A file change refreshes the
 * session (a worker rebuilds while the old index answers); a change of roots opens a new
 * session. Work is serialized; `indexing` is true while any of it (a cold build, or a warm
 * start's background check) runs, and `onChanged` fires when it ends or when the session swaps on
 * its own. The search session builds off this thread, so while the first build runs, calls that
 * need knowledge wait on it and the others answer at once. Nothing here reads `session.kb` before
 * it is needed (it parses every cached article): the status comes from the session's summary.
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
  loadAtStart: boolean
}): KnowledgeState {
  const { settings, knowledge, search } = options
  let active: Active | null = null
  let opening: Promise<void> | null = null
  let chain: Promise<unknown> = Promise.resolve()
  let busy = 0
  let refreshQueued = false
  let indexedAt: string | null = null
  let watcher: { close(): void | Promise<void> } | null = null
  let closed = false
  const stop = new AbortController()

  const roots = (): string[] => [
    ...new Set([...options.baseDirs, ...settings.get().knowledgeRoots].map((d) => resolve(d))),
  ]
  const notify = (): void => {
    if (!closed) options.onChanged(status())
  }
  const begin = (): void => {
    busy++
  }
  const end = (): void => {
    busy--
    if (busy === 0) notify()
  }
  /** Runs one piece of knowledge work after the previous one. */
  const run = <T>(op: () => Promise<T>): Promise<T> => {
    begin()
    const next = chain.catch(() => undefined).then(op)
    chain = next
    return next.finally(end)
  }

  const openSession = async (dirs: string[]): Promise<void> => {
    const session = await search.open({
      knowledgeDirs: dirs,
      dataDir: options.dataDir,
      signal: stop.signal,
    })
    if (closed) {
      await session.close?.()
      return
    }
    const unsubscribe = session.onSwap(() => {
      if (active?.session !== session) return
      indexedAt = new Date().toISOString()
      // Swaps inside our own work are announced when that work ends (with indexing false).
      if (busy === 0) notify()
    })
    const previous = active
    active = { session, dirs, unsubscribe }
    indexedAt = new Date().toISOString()
    if (previous) {
      previous.unsubscribe()
      await previous.session.close?.()
    }
    restartWatcher(dirs)
    // A warm start answers from the cache while it checks the files (and maybe rebuilds).
    begin()
    void session.ready.catch(() => undefined).finally(end)
  }

  /** Opens a session for the current roots, or refreshes the one open on the same roots. */
  const sync = async (): Promise<void> => {
    const dirs = roots().filter((dir) => existsSync(dir))
    if (active && active.dirs.join('\n') === dirs.join('\n')) {
      await active.session.refresh()
    } else await openSession(dirs)
  }

  const filesChanged = (): void => {
    // Changes arriving while a refresh waits to start are covered by it.
    if (refreshQueued || closed) return
    refreshQueued = true
    run(async () => {
      refreshQueued = false
      await sync()
    }).catch(() => undefined)
  }

  const restartWatcher = (dirs: string[]): void => {
    if (!options.watch || closed) return
    void watcher?.close()
    watcher = knowledge.watch(dirs, filesChanged)
  }

  /** The status counts, from the session's summary (no article is parsed for them). */
  const summary = (): KnowledgeSummary => active?.session.summary ?? EMPTY_SUMMARY

  const status = (): KnowledgeStatus => {
    const base = summary()
    return {
      roots: roots().map((dir) => {
        const rootIndex = base.roots.findIndex((r) => resolve(r.dir) === dir)
        const found = rootIndex >= 0 ? base.perRoot[rootIndex] : undefined
        return {
          dir,
          name: rootIndex >= 0 ? base.roots[rootIndex].name : basename(dir),
          files: found?.files ?? 0,
          articles: found?.articles ?? 0,
          problems: found?.problemFiles ?? 0,
          bundled: options.bundledDir !== null && resolve(options.bundledDir) === dir,
        }
      }),
      articles: base.articles,
      indexing: busy > 0,
      indexedAt,
      problemFiles: base.problemFiles,
    }
  }

  const current = async (): Promise<{ kb: KnowledgeBase; index: SearchIndexPort }> => {
    if (!active) {
      opening ??= run(sync).finally(() => {
        opening = null
      })
      await opening
    }
    if (!active) throw new ApiError('internal', 'A base de conhecimento não foi carregada.')
    const { session } = active
    const index = session.index
    // A getter: a search reads only the index, and must not parse every cached article.
    return {
      get kb() {
        return session.kb
      },
      index,
    }
  }

  // Start loading at once: the first search should not pay for it.
  if (options.loadAtStart) current().catch(() => undefined)

  return {
    current,
    async article(id) {
      const { kb: base } = await current()
      const article = base.byId.get(id)
      if (!article) throw new ApiError('not-found', `Artigo não encontrado: ${id}`, { article: id })
      return { kb: base, article }
    },
    status,
    roots,
    indexRoots: () =>
      active
        ? active.session.summary.roots.map((r) => r.dir)
        : roots().filter((d) => existsSync(d)),
    async reload() {
      await run(sync)
      return status()
    },
    async addRoot(dir) {
      // A relative path would be resolved against the host's working folder, which the agent
      // neither sees nor chose.
      if (!isAbsolute(dir))
        throw new ApiError(
          'bad-arguments',
          `Informe o caminho completo da pasta (este é relativo): ${dir}`,
          { reason: 'folder-relative', dir },
        )
      const absolute = resolve(dir)
      if (!existsSync(absolute))
        throw new ApiError('not-found', `A pasta não existe: ${absolute}`, {
          reason: 'folder-missing',
          dir: absolute,
        })
      if (!statSync(absolute).isDirectory())
        throw new ApiError('bad-arguments', `Não é uma pasta (é um arquivo): ${absolute}`, {
          reason: 'not-a-folder',
          dir: absolute,
        })
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
      // Stops a cold build in progress (its open rejects) before waiting for the queued work.
      stop.abort()
      await watcher?.close()
      // Closing the session first ends a rebuild that a queued refresh is waiting on.
      const open = active
      open?.unsubscribe()
      await open?.session.close?.()
      await chain.catch(() => undefined)
      if (active && active !== open) {
        active.unsubscribe()
        await active.session.close?.()
      }
    },
  }
}
