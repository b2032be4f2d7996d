import { readdir, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import type { KnowledgeFileInput } from '../../core/knowledge/types'

/** Folder and file names never read as knowledge: hidden entries and Sphinx build output. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name === '_build'
}

/** Something the walk could not take as knowledge, reported as a lint problem of that path. */
export interface WalkProblem {
  path: string
  fault: NonNullable<KnowledgeFileInput['fault']>
}

export interface KnowledgeWalk {
  /** The .rst files, as "/"-separated paths relative to the folder, sorted. */
  files: string[]
  problems: WalkProblem[]
}

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** The name as UTF-8 text, or null when its bytes are not valid UTF-8 (no file can be opened by it). */
function decodeName(bytes: Buffer): string | null {
  const text = bytes.toString('utf8')
  return Buffer.from(text, 'utf8').equals(bytes) ? text : null
}

/**
 * Walks a knowledge folder. The rule for symbolic links is the images' rule: a link is followed
 * only when its target is inside the folder's real path (links out of it are skipped and reported,
 * as images behind them are not served), and each real folder is visited once, so loops end.
 * Names that are not valid UTF-8 are reported too.
 */
export async function walkKnowledgeFolder(dir: string, base = ''): Promise<KnowledgeWalk> {
  const seen = new Set<string>()
  const files: string[] = []
  const problems: WalkProblem[] = []
  const realRoot = await realpath(dir).catch(() => null)
  if (!realRoot) return { files, problems }
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
      entries = await readdir(abs, { withFileTypes: true, encoding: 'buffer' })
    } catch (error) {
      if (rel)
        problems.push({
          path: rel,
          fault: {
            code: 'unreadable-file',
            message: `folder cannot be read (${(error as Error).message})`,
          },
        })
      return
    }
    for (const entry of entries) {
      const name = decodeName(entry.name)
      if (name === null) {
        const shown = entry.name.toString('utf8')
        if (!isIgnoredName(shown))
          problems.push({
            path: rel ? `${rel}/${shown}` : shown,
            fault: {
              code: 'undecodable-name',
              message: 'file name is not valid UTF-8: rename the file',
            },
          })
        continue
      }
      if (isIgnoredName(name)) continue
      const childAbs = join(abs, name)
      const childRel = rel ? `${rel}/${name}` : name
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = await realpath(childAbs).catch(() => null)
        const info = target ? await stat(target).catch(() => null) : null
        if (!target || !info) continue
        isDir = info.isDirectory()
        isFile = info.isFile()
        if ((isDir || /\.rst$/iu.test(name)) && !inside(realRoot, target)) {
          problems.push({
            path: childRel,
            fault: {
              code: 'link-outside',
              message:
                'symbolic link to outside the knowledge folder: not read (add that folder as a knowledge folder instead)',
            },
          })
          continue
        }
      }
      if (isDir) await visit(childAbs, childRel)
      else if (isFile && /\.rst$/iu.test(name)) files.push(childRel)
    }
  }
  await visit(base ? join(dir, base) : dir, base)
  files.sort()
  return { files, problems }
}

/** The .rst files under a folder (see walkKnowledgeFolder), as "/"-separated relative paths, sorted. */
export async function listKnowledgeFiles(dir: string, base = ''): Promise<string[]> {
  return (await walkKnowledgeFolder(dir, base)).files
}
