import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'
import { loadSearchIndex, type SearchIndex } from '../../core/search'
import type { KnowledgeBase } from '../../core/knowledge/types'
import { buildSnapshot } from './build'
import {
  startWorkerBuild,
  workerScript,
  WorkerUnavailableError,
  type WorkerBuild,
} from './build-runner'
import {
  CACHE_VERSION,
  decodeCache,
  encodeCache,
  readCacheFile,
  writeCacheBytes,
  type CachedSnapshot,
} from './cache-file'
import { sameFiles, statFingerprints, type FileFingerprint } from './fingerprints'
import type { KnowledgeSummary } from './summary'
import { warmUpSearch } from './warm-up'

export { CACHE_VERSION } from './cache-file'
export { workerScript } from './build-runner'

export interface OpenSearchOptions {
  knowledgeDirs: string[]
  dataDir: string
  /** Worker script for builds (default: next to this module, see workerScript). */
  workerUrl?: URL
  /** Aborting stops a cold build (openSearch then rejects) and closes the session. */
  signal?: AbortSignal
  /** Where to say why a build runs on this thread (default console.warn). */
  log?: (message: string) => void
  /**
   * Warm the engine up in the background once the index is in (see warm-up.ts): for long-lived
   * hosts, where the first searches an agent types should be as fast as the rest. Not for the
   * CLI, which runs one search and exits.
   */
  warmUp?: boolean
}

export interface SearchSession {
  /**
   * The current knowledge base and index; both change (together) when a rebuild is swapped in.
   * `kb` parses every article on first read: read `summary` for counts.
   */
  readonly kb: KnowledgeBase
  readonly index: SearchIndex
  /** Counts for the status (no article is parsed to give them). */
  readonly summary: KnowledgeSummary
  /** The session started from the cache (no parse, no index build). */
  readonly fromCache: boolean
  /** Resolves when the index matches the files on disk (after a background rebuild, if any). */
  readonly ready: Promise<void>
  /** Checks the files and, if they changed, rebuilds in a worker while the old index answers. */
  refresh(): Promise<boolean>
  /** Resolves when the background warm-up has run (or was stopped, or was not asked for). */
  readonly warmedUp: Promise<void>
  /** Called after a rebuilt index is swapped in. */
  onSwap(listener: () => void): () => void
  /** Stops a running build; nothing is swapped in or written to the cache afterwards. */
  close(): Promise<void>
}

/** Where the cache of a set of knowledge folders lives. */
export function cacheFile(dataDir: string, dirs: string[]): string {
  const key = createHash('sha1').update(dirs.join('\n')).digest('hex').slice(0, 16)
  return join(dataDir, 'index-cache', `${key}.cache`)
}

/**
 * Opens the knowledge base and its search index. With a cache, it answers from the cache at
 * once and checks the files in the background: if they changed, a worker rebuilds while the
 * cached index answers, and the new one is swapped in (`ready` resolves then). Without a cache,
 * a worker builds (the caller's thread stays free: its promise simply resolves later) and the
 * cache is written. Callers that need results matching the files exactly (the CLI) await `ready`.
 */
export async function openSearch(options: OpenSearchOptions): Promise<SearchSession> {
  const dirs = options.knowledgeDirs.map((d) => resolve(d))
  const file = cacheFile(options.dataDir, dirs)
  const current = statFingerprints(dirs)
  const session = new Session(dirs, file, options)
  const abort = (): void => void session.close()
  options.signal?.throwIfAborted()
  options.signal?.addEventListener('abort', abort, { once: true })
  try {
    const cached = await readCacheFile(file, CACHE_VERSION, dirs)
    if (cached) {
      session.installCached(cached)
      session.fromCache = true
      session.startWarmUp()
      // Answer from the cache at once; check the files meanwhile and rebuild if they changed.
      session.ready = current
        .then((now) => sameFiles(dirs, cached.files, now))
        .then((same) => (same ? undefined : session.rebuild()))
      return session
    }
    current.catch(() => undefined)
    await session.rebuild()
    options.signal?.throwIfAborted()
    session.startWarmUp()
    return session
  } finally {
    options.signal?.removeEventListener('abort', abort)
  }
}

/**
 * The knowledge base is materialized on first access: a start (warm or cold) reads only what the
 * index needs, and the first search parses just the articles it shows.
 */
class Session implements SearchSession {
  index!: SearchIndex
  summary!: KnowledgeSummary
  fromCache = false
  ready: Promise<void> = Promise.resolve()
  warmedUp: Promise<void> = Promise.resolve()
  private readonly stopWarmUp = new AbortController()
  private current: KnowledgeBase | null = null
  private pending: CachedSnapshot | null = null
  private files: FileFingerprint[] = []
  private readonly listeners = new Set<() => void>()
  private building: Promise<void> | null = null
  private worker: WorkerBuild | null = null
  private closed = false

  constructor(
    private readonly dirs: string[],
    private readonly file: string,
    private readonly options: OpenSearchOptions,
  ) {}

  get kb(): KnowledgeBase {
    if (!this.current && this.pending) {
      const articles = this.pending.articles.all()
      this.current = { ...this.pending.kb, articles, byId: new Map(articles.map((a) => [a.id, a])) }
      this.pending = null
    }
    return this.current!
  }

  installCached(cached: CachedSnapshot): void {
    this.index = loadSearchIndex(cached.index, (id) => cached.articles.get(id))
    this.summary = cached.summary
    this.current = null
    this.pending = cached
    this.files = cached.files
  }

  async refresh(): Promise<boolean> {
    if (this.closed) return false
    const current = await statFingerprints(this.dirs)
    if (this.closed || (await sameFiles(this.dirs, this.files, current))) return false
    this.ready = this.rebuild()
    await this.ready
    return !this.closed
  }

  onSwap(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Starts the background warm-up when the options ask for it. */
  startWarmUp(): void {
    if (!this.options.warmUp || this.closed) return
    this.warmedUp = warmUpSearch(() => this.index, { signal: this.stopWarmUp.signal }).then(
      () => undefined,
      // A failed warm-up only leaves the first searches slower; nothing to report to the agent.
      () => undefined,
    )
  }

  async close(): Promise<void> {
    this.closed = true
    this.stopWarmUp.abort()
    this.listeners.clear()
    await this.worker?.terminate()
    // A build on this thread (no worker) cannot be stopped: wait for it to give up its swap.
    await this.building?.catch(() => undefined)
  }

  /** Builds (in a worker when one starts), swaps the result in and writes the cache. */
  rebuild(): Promise<void> {
    if (this.closed) return Promise.resolve()
    this.building ??= (async () => {
      try {
        const bytes = await this.build()
        if (!bytes || this.closed) return
        const built = decodeCache(bytes, CACHE_VERSION, this.dirs)
        if (!built) throw new Error('search build: the built index could not be read back')
        const first = !this.index
        this.installCached(built)
        if (!first) for (const listener of this.listeners) listener()
        if (this.closed) return
        await writeCacheBytes(this.file, bytes).catch(() => {
          // A read-only data folder only costs the next start a rebuild.
        })
      } finally {
        this.building = null
      }
    })()
    return this.building
  }

  /** The cache bytes of a fresh build; null when the session closed meanwhile. */
  private async build(): Promise<Buffer | null> {
    const worker = startWorkerBuild(this.dirs, workerScript(this.options.workerUrl))
    this.worker = worker
    try {
      return await worker.result
    } catch (error) {
      if (this.closed) return null
      if (!(error instanceof WorkerUnavailableError)) throw error
      const log = this.options.log ?? ((message: string) => console.warn(message))
      log(`search: no worker thread (${error.message}); building on this thread`)
      return encodeCache(CACHE_VERSION, this.dirs, await buildSnapshot(this.dirs))
    } finally {
      if (this.worker === worker) this.worker = null
    }
  }
}
