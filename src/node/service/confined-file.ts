import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(sep))
}

/**
 * Resolves a URL path (still percent-encoded, "/" separated) to a regular file inside `root`, or
 * null: no `..` segments (encoded or not), no absolute paths, no NUL, no backslashes, and after
 * following symlinks the file must still be inside the root's real path.
 */
export async function resolveConfinedFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.')
  if (segments.length === 0 || segments.some((s) => s === '..' || /^[A-Za-z]:/.test(s))) return null
  const realRoot = await realpath(root).catch(() => null)
  if (!realRoot) return null
  const candidate = resolve(realRoot, ...segments)
  if (!inside(realRoot, candidate)) return null
  const real = await realpath(candidate).catch(() => null)
  if (!real || !inside(realRoot, real)) return null
  const info = await stat(real).catch(() => null)
  return info?.isFile() ? real : null
}
