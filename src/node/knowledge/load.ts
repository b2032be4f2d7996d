import { open } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { buildKnowledgeBase } from '../../core/knowledge/build'
import type {
  KnowledgeBase,
  KnowledgeFileInput,
  KnowledgeRootInfo,
} from '../../core/knowledge/types'
import { DEFAULT_MAX_BYTES } from '../../core/text/decode'
import { walkKnowledgeFolder } from './walk'
import { mapBounded } from '../fs/map-bounded'

export interface LoadOptions {
  /** Files larger than this are reported as oversized and not parsed. */
  maxBytes?: number
}

/** Files read at once: enough to keep the disk busy without running out of file handles. */
const READ_CONCURRENCY = 32

/** Root names for ids: each folder's basename, with "-2", "-3"… when two roots share one. */
export function rootInfos(dirs: string[]): KnowledgeRootInfo[] {
  const used = new Map<string, number>()
  return dirs.map((dir) => {
    const abs = resolve(dir)
    const base = basename(abs) || 'knowledge'
    const n = (used.get(base) ?? 0) + 1
    used.set(base, n)
    return { dir: abs, name: n === 1 ? base : `${base}-${n}` }
  })
}

/** Reads a file's bytes, at most maxBytes + 1 of them (enough to tell that it is too large). */
export async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    const length = Math.min(size, maxBytes + 1)
    const buffer = new Uint8Array(length)
    let offset = 0
    while (offset < length) {
      const { bytesRead } = await handle.read(buffer, offset, length - offset, offset)
      if (!bytesRead) break
      offset += bytesRead
    }
    return buffer.subarray(0, offset)
  } finally {
    await handle.close()
  }
}

/** Reads the .rst files of some roots (bytes, bounded by maxBytes) as inputs for the core. */
export async function readKnowledgeInputs(
  roots: KnowledgeRootInfo[],
  maxBytes: number,
  only?: { root: number; base: string }[],
): Promise<KnowledgeFileInput[]> {
  const walks = only
    ? await Promise.all(
        only.map(async ({ root, base }) => ({
          root,
          walk: await walkKnowledgeFolder(roots[root].dir, base),
        })),
      )
    : await Promise.all(
        roots.map(async (r, root) => ({ root, walk: await walkKnowledgeFolder(r.dir) })),
      )
  const wanted = walks.flatMap(({ root, walk }) => walk.files.map((path) => ({ root, path })))
  const files = await mapBounded(
    wanted,
    READ_CONCURRENCY,
    async ({ root, path }): Promise<KnowledgeFileInput | null> => {
      try {
        return { root, path, bytes: await readBounded(join(roots[root].dir, path), maxBytes) }
      } catch (error) {
        // Removed between the walk and the read: gone, not a problem. Anything else is reported.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        const fault = {
          code: 'unreadable-file' as const,
          message: `file cannot be read (${(error as Error).message})`,
        }
        return { root, path, bytes: new Uint8Array(), fault }
      }
    },
  )
  const faults = walks.flatMap(({ root, walk }) =>
    walk.problems.map((p): KnowledgeFileInput => ({
      root,
      path: p.path,
      bytes: new Uint8Array(),
      fault: p.fault,
    })),
  )
  files.push(...faults)
  return files.filter((f): f is KnowledgeFileInput => f !== null)
}

/** Loads the knowledge base of some folders: walks them, reads the .rst files and builds the model. */
export async function loadKnowledgeBase(
  dirs: string[],
  opts: LoadOptions = {},
): Promise<KnowledgeBase> {
  const roots = rootInfos(dirs)
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const files = await readKnowledgeInputs(roots, maxBytes)
  return buildKnowledgeBase(roots, files, { maxBytes })
}
