import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { loadSearchIndex, type SearchIndex } from '../../core/search'
import { SERIALIZED_VERSION } from '../../core/search/search-index'
import type { KnowledgeBase } from '../../core/knowledge/types'
import { buildSnapshot, type SearchSnapshot } from './build'
import { readCacheFile, writeCacheFile, type CachedSnapshot } from './cache-file'
import { sameFiles, statFingerprints } from './fingerprints'

/** Bumped whenever the cached shape or the analysis changes: older caches are rebuilt. */
export const CACHE_VERSION = `2.${SERIALIZED_VERSION}`

export interface OpenSearchOptions {
  knowledgeDirs: string[]
  dataDir: string
  /** Worker script for background rebuilds (default: next to this module, see workerScript). */
  workerUrl?: URL
}

export interface SearchSession {
  /** The current knowledge base and index; both change (together) when a rebuild is swapped in. */
  readonly kb: KnowledgeBase
  readonly index: SearchIndex
  /** The session started from the cache (no parse, no index build). */
  readonly fromCache: boolean
  /** Resolves when the index matches the files on disk (after a background rebuild, if any). */
  readonly ready: Promise<void>
  /** Checks the files and, if they changed, rebuilds in a worker while the old index answers. */
  refresh(): Promise<boolean>
  /** Called after a rebuilt index is swapped in. */
  onSwap(listener: () => void): () => void
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
 * it builds here and writes the cache. Callers that need results matching the files exactly
 * (the CLI) await `ready`.
 */
export async function openSearch(options: OpenSearchOptions): Promise<SearchSession> {
  const dirs = options.knowledgeDirs.map((d) => resolve(d))
  const file = cacheFile(options.dataDir, dirs)
  const current = statFingerprints(dirs)
  const cached = await readCacheFile(file, CACHE_VERSION, dirs)
  const session = new Session(dirs, file, options.workerUrl)
  if (cached) {
    session.installCached(cached)
    session.fromCache = true
    // Answer from the cache at once; check the files meanwhile and rebuild if they changed.
    session.ready = current
      .then((now) => sameFiles(dirs, cached.files, now))
      .then((same) => (same ? undefined : session.rebuild()))
    return session
  }
  await current
  const snapshot = await buildSnapshot(dirs)
  session.install(snapshot)
  await writeCache(file, dirs, snapshot)
  return session
}

/**
 * The knowledge base is materialized on first access: a warm start reads only what the index
 * needs, and the first search parses just the articles it shows.
 */
class Session implements SearchSession {
  index!: SearchIndex
  fromCache = false
  ready: Promise<void> = Promise.resolve()
  private current: KnowledgeBase | null = null
  private pending: CachedSnapshot | null = null
  private files: SearchSnapshot['files'] = []
  private readonly listeners = new Set<() => void>()
  private building: Promise<void> | null = null

  constructor(
    private readonly dirs: string[],
    private readonly file: string,
    private readonly workerUrl: URL | undefined,
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
    this.current = null
    this.pending = cached
    this.files = cached.files
  }

  install(snapshot: SearchSnapshot): void {
    const articles = snapshot.kb.articles
    const kb: KnowledgeBase = { ...snapshot.kb, byId: new Map(articles.map((a) => [a.id, a])) }
    const index = loadSearchIndex(snapshot.index, articles)
    this.current = kb
    this.pending = null
    this.index = index
    this.files = snapshot.files
  }

  async refresh(): Promise<boolean> {
    const current = await statFingerprints(this.dirs)
    if (await sameFiles(this.dirs, this.files, current)) return false
    this.ready = this.rebuild()
    await this.ready
    return true
  }

  onSwap(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  rebuild(): Promise<void> {
    this.building ??= (async () => {
      try {
        const snapshot = await buildInWorker(this.dirs, this.workerUrl).catch(() =>
          // No worker script (an unusual bundle): build here rather than not at all.
          buildSnapshot(this.dirs),
        )
        this.install(snapshot)
        for (const listener of this.listeners) listener()
        await writeCache(this.file, this.dirs, snapshot)
      } finally {
        this.building = null
      }
    })()
    return this.building
  }
}

/**
 * The worker script: the .ts source under tsx (dev, tests, CLI), or `search-worker.js` emitted
 * next to the bundle by the main build.
 */
export function workerScript(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    return { url: new URL('./build-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] }
  }
  return { url: new URL('./search-worker.js', import.meta.url), execArgv: [] }
}

function buildInWorker(dirs: string[], url?: URL): Promise<SearchSnapshot> {
  const script = url
    ? { url, execArgv: url.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [] }
    : workerScript()
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(script.url, { workerData: { dirs }, execArgv: script.execArgv })
    worker.once('message', (message: { ok: boolean; json?: string; error?: string }) => {
      void worker.terminate()
      if (message.ok && message.json) resolvePromise(JSON.parse(message.json) as SearchSnapshot)
      else reject(new Error(message.error ?? 'search worker failed'))
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`search worker exited with code ${code}`))
    })
  })
}

async function writeCache(file: string, dirs: string[], snapshot: SearchSnapshot): Promise<void> {
  try {
    await writeCacheFile(file, CACHE_VERSION, dirs, snapshot)
  } catch {
    // A read-only data folder only costs the next start a rebuild.
  }
}
