import { realpathSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import type { Article, KnowledgeBase } from '../../core/knowledge/types'

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * The absolute path, under the root as configured, of an image an article refers to; null when
 * it does not exist or would leave its knowledge root (by "..", an absolute path, a URL, or a
 * symbolic link pointing out). The root itself may be a symbolic link.
 */
export function resolveImagePath(
  kb: KnowledgeBase,
  articleOrRootIndex: Article | number,
  fileRelPath: string,
  uri: string,
): string | null {
  const rootIndex =
    typeof articleOrRootIndex === 'number' ? articleOrRootIndex : articleOrRootIndex.root
  const root = kb.roots[rootIndex]
  if (!root || !uri || /^[a-z][a-z0-9+.-]*:/iu.test(uri) || uri.includes('\0')) return null
  let decoded = uri
  try {
    decoded = decodeURIComponent(uri)
  } catch {
    // keep the URI as written
  }
  const fileDir = resolve(root.dir, fileRelPath, '..')
  // Sphinx reads "/x.png" relative to the source root, not the file system root.
  const candidate = decoded.startsWith('/')
    ? resolve(root.dir, `.${decoded}`)
    : resolve(fileDir, decoded)
  if (!inside(root.dir, candidate) || !inside(root.dir, fileDir)) return null
  try {
    const realRoot = realpathSync(root.dir)
    const real = realpathSync(candidate)
    // Expressed under root.dir, so callers can take it relative to the root they know.
    return inside(realRoot, real) ? join(root.dir, relative(realRoot, real)) : null
  } catch {
    return null
  }
}
