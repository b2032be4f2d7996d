import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Folder and file names never read as knowledge: hidden entries and Sphinx build output. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name === '_build'
}

/**
 * The .rst files under a folder, as "/"-separated paths relative to it, sorted. Follows
 * symbolic links but visits each real folder once, so link loops end.
 */
export async function listKnowledgeFiles(dir: string, base = ''): Promise<string[]> {
  const seen = new Set<string>()
  const out: string[] = []
  const visit = async (abs: string, rel: string): Promise<void> => {
    let real: string
    try {
      real = await realpath(abs)
    } catch {
      return
    }
    if (seen.has(real)) return
    seen.add(real)
    let entries
    try {
      entries = await readdir(abs, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue
      const childAbs = join(abs, entry.name)
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          const info = await stat(childAbs)
          isDir = info.isDirectory()
          isFile = info.isFile()
        } catch {
          continue
        }
      }
      if (isDir) await visit(childAbs, childRel)
      else if (isFile && /\.rst$/iu.test(entry.name)) out.push(childRel)
    }
  }
  await visit(base ? join(dir, base) : dir, base)
  return out.sort()
}
