/**
 * The index cache file. Line 1 is a JSON header (format version, folders, file prints, the
 * knowledge base without its articles, the serialized index, and each article's byte offset);
 * each following line is one article as JSON. A warm start parses only the header: articles are
 * parsed when a search shows one or when the whole knowledge base is first asked for. Parsing
 * all 10,000 synthetic articles (25 MB of JSON) took longer than the whole 700 ms warm start
 * budget, and the first result needs a dozen of them.
 *
 * The same bytes travel from the build worker to the host (transferred, not copied): the host
 * then reads a fresh build exactly as it reads a warm cache, and only the host writes the file.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { writeFileAtomic } from '../fs/atomic-write'
import type { Article, KnowledgeBase } from '../../core/knowledge/types'
import type { SerializedSearchIndex } from '../../core/search'
import { SERIALIZED_VERSION } from '../../core/search/search-index'
import type { SearchSnapshot } from './build'
import type { FileFingerprint } from './fingerprints'
import { summarizeKnowledgeBase, type KnowledgeSummary } from './summary'

/** A snapshot to cache; without a summary (callers outside the build) one is derived. */
export type CacheInput = Omit<SearchSnapshot, 'summary'> & { summary?: KnowledgeSummary }

/**
 * Bumped whenever the cached shape, the analysis or what is derived from an article (its steps,
 * labels, reply variants…) changes: older caches are rebuilt. cache-version.test.ts fails until
 * it is bumped when the real corpus derives differently, so an updated app never serves a warm
 * cache's old checklists.
 */
export const CACHE_VERSION = `8.${SERIALIZED_VERSION}`

interface CacheHeader {
  version: string
  dirs: string[]
  files: FileFingerprint[]
  kb: Omit<KnowledgeBase, 'byId' | 'articles' | 'fileResults'>
  index: SerializedSearchIndex
  summary: KnowledgeSummary
  /** Byte offsets of the article lines after the header (articles + 1 entries). */
  offsets: number[]
}

/** A cache read back: everything but the articles, which load on demand. */
export interface CachedSnapshot {
  files: FileFingerprint[]
  kb: Omit<KnowledgeBase, 'byId' | 'articles' | 'fileResults'>
  index: SerializedSearchIndex
  summary: KnowledgeSummary
  articles: LazyArticles
}

/** Articles parsed from the cache file one at a time, on first need. */
export class LazyArticles {
  private readonly parsed: (Article | undefined)[]
  private readonly position: Map<string, number>

  constructor(
    private readonly buffer: Buffer,
    private readonly start: number,
    private readonly offsets: number[],
    ids: string[],
  ) {
    this.parsed = new Array<Article | undefined>(ids.length)
    this.position = new Map(ids.map((id, i) => [id, i]))
  }

  /** The article with this id, parsed on first use. */
  get(id: string): Article | undefined {
    const i = this.position.get(id)
    return i === undefined ? undefined : this.at(i)
  }

  /** Every article, in knowledge-base order. */
  all(): Article[] {
    return Array.from({ length: this.parsed.length }, (_, i) => this.at(i))
  }

  private at(i: number): Article {
    let article = this.parsed[i]
    if (!article) {
      const from = this.start + this.offsets[i]
      const to = this.start + this.offsets[i + 1] - 1
      article = JSON.parse(this.buffer.toString('utf8', from, to)) as Article
      this.parsed[i] = article
    }
    return article
  }
}

/** Reads a cache file; null when missing, unreadable, of another version or other folders. */
export async function readCacheFile(
  file: string,
  version: string,
  dirs: string[],
): Promise<CachedSnapshot | null> {
  try {
    return decodeCache(await readFile(file), version, dirs)
  } catch {
    // Missing or unreadable cache: rebuild (the cache is only ever a copy).
    return null
  }
}

/** Reads cache bytes (parsing only the header); null when invalid, of another version or folders. */
export function decodeCache(
  buffer: Buffer,
  version: string,
  dirs: string[],
): CachedSnapshot | null {
  try {
    const newline = buffer.indexOf(10)
    if (newline === -1) return null
    const header = JSON.parse(buffer.toString('utf8', 0, newline)) as CacheHeader
    if (header.version !== version || header.dirs.join('\n') !== dirs.join('\n')) return null
    const ids = header.index.ids
    if (header.offsets.length !== ids.length + 1) return null
    if (newline + 1 + header.offsets[ids.length] !== buffer.length) return null
    return {
      files: header.files,
      kb: header.kb,
      index: header.index,
      summary: header.summary,
      articles: new LazyArticles(buffer, newline + 1, header.offsets, ids),
    }
  } catch {
    return null
  }
}

/** The cache file's bytes for a snapshot. Articles must be in index order. */
export function encodeCache(version: string, dirs: string[], snapshot: CacheInput): Buffer {
  const { articles, ...kb } = snapshot.kb
  const lines = articles.map((a) => Buffer.from(JSON.stringify(a) + '\n', 'utf8'))
  const offsets = [0]
  for (const line of lines) offsets.push(offsets[offsets.length - 1] + line.length)
  const header: CacheHeader = {
    version,
    dirs,
    files: snapshot.files,
    kb,
    index: snapshot.index,
    summary: snapshot.summary ?? summarizeKnowledgeBase({ ...snapshot.kb, byId: new Map() }),
    offsets,
  }
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), ...lines])
}

/** Writes cache bytes atomically (a reader never sees half a file). */
export async function writeCacheBytes(file: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFileAtomic(file, bytes)
}

/** Writes a snapshot as a cache file (atomically). Articles must be in index order. */
export async function writeCacheFile(
  file: string,
  version: string,
  dirs: string[],
  snapshot: CacheInput,
): Promise<void> {
  await writeCacheBytes(file, encodeCache(version, dirs, snapshot))
}
