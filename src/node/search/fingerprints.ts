import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { listKnowledgeFiles } from '../knowledge/index'
import { mapBounded } from '../fs/map-bounded'

/** One knowledge file as it was when an index was built. */
export interface FileFingerprint {
  root: number
  path: string
  size: number
  mtimeMs: number
  /** sha1 of the content; filled when the index is built. */
  hash?: string
}

const STAT_CONCURRENCY = 32

/** Size and mtime of every knowledge file of the roots (cheap: no file is read). */
export async function statFingerprints(dirs: string[]): Promise<FileFingerprint[]> {
  const lists = await Promise.all(
    dirs.map(async (dir, root) => ({ root, dir, paths: await listKnowledgeFiles(resolve(dir)) })),
  )
  const wanted = lists.flatMap(({ root, dir, paths }) => paths.map((path) => ({ root, dir, path })))
  const stats = await mapBounded(wanted, STAT_CONCURRENCY, async ({ root, dir, path }) => {
    try {
      const info = await stat(join(dir, path))
      return { root, path, size: info.size, mtimeMs: info.mtimeMs }
    } catch {
      return null
    }
  })
  return stats.filter((s): s is FileFingerprint => s !== null)
}

/** Adds content hashes (read once, when an index is built). */
export async function hashFingerprints(
  dirs: string[],
  prints: FileFingerprint[],
): Promise<FileFingerprint[]> {
  return mapBounded(prints, STAT_CONCURRENCY, async (print) => {
    try {
      const bytes = await readFile(join(dirs[print.root], print.path))
      return { ...print, hash: createHash('sha1').update(bytes).digest('hex') }
    } catch {
      return print
    }
  })
}

/**
 * Whether the files now are those the cache was built from. Same size and mtime is enough;
 * when only the mtime moved (a checkout, a copy), the content hash decides.
 */
export async function sameFiles(
  dirs: string[],
  cached: FileFingerprint[],
  current: FileFingerprint[],
): Promise<boolean> {
  if (cached.length !== current.length) return false
  const byKey = new Map(cached.map((c) => [`${c.root}\0${c.path}`, c]))
  const touched: FileFingerprint[] = []
  for (const now of current) {
    const before = byKey.get(`${now.root}\0${now.path}`)
    if (!before || before.size !== now.size) return false
    if (before.mtimeMs !== now.mtimeMs) touched.push(now)
  }
  if (!touched.length) return true
  const hashed = await hashFingerprints(dirs, touched)
  return hashed.every((h) => h.hash && h.hash === byKey.get(`${h.root}\0${h.path}`)?.hash)
}
