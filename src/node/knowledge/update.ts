import { stat } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import { applyKnowledgeChanges, type KnowledgeFileChange } from '../../core/knowledge/build'
import type { KnowledgeBase } from '../../core/knowledge/types'
import { DEFAULT_MAX_BYTES } from '../../core/text/decode'
import { isIgnoredName, listKnowledgeFiles } from './walk'
import { readBounded, type LoadOptions } from './load'

function locate(kb: KnowledgeBase, abs: string): { root: number; rel: string } | null {
  for (const [root, info] of kb.roots.entries()) {
    const rel = relative(info.dir, abs)
    if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
      return { root, rel: rel.split(sep).join('/') }
  }
  return null
}

/**
 * A new knowledge base after some files or folders changed (added, edited, removed): only
 * those are re-read; the cross-file passes run again over the whole set.
 */
export async function updateKnowledgeBase(
  kb: KnowledgeBase,
  changedPaths: string[],
  opts: LoadOptions = {},
): Promise<KnowledgeBase> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const changes = new Map<string, KnowledgeFileChange>()
  const known = [...(kb.fileResults?.values() ?? [])]
  for (const abs of changedPaths) {
    const where = locate(kb, abs)
    if (!where) continue
    const { root, rel } = where
    if (rel.split('/').some(isIgnoredName)) continue
    const info = await stat(abs).catch(() => null)
    const under = (path: string) => rel === '' || path === rel || path.startsWith(`${rel}/`)
    if (!info) {
      for (const r of known)
        if (r.root === root && under(r.path))
          changes.set(`${root}:${r.path}`, { root, path: r.path, bytes: null })
    } else if (info.isDirectory()) {
      const present = new Set(await listKnowledgeFiles(kb.roots[root].dir, rel))
      for (const r of known)
        if (r.root === root && under(r.path) && !present.has(r.path))
          changes.set(`${root}:${r.path}`, { root, path: r.path, bytes: null })
      for (const path of present)
        changes.set(`${root}:${path}`, {
          root,
          path,
          bytes: await readBounded(join(kb.roots[root].dir, path), maxBytes),
        })
    } else if (/\.rst$/iu.test(rel)) {
      changes.set(`${root}:${rel}`, { root, path: rel, bytes: await readBounded(abs, maxBytes) })
    }
  }
  if (!changes.size) return kb
  return applyKnowledgeChanges(kb, [...changes.values()], { maxBytes })
}
