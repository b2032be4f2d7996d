import { watch } from 'chokidar'
import { relative, sep } from 'node:path'
import { isIgnoredName } from './walk'

export interface KnowledgeWatcher {
  close(): Promise<void>
}

/**
 * Watches knowledge folders and reports, debounced, the paths of .rst files and folders that
 * were added, changed or removed (hidden entries and _build are ignored).
 */
export function watchKnowledge(
  dirs: string[],
  onChange: (changedPaths: string[]) => void,
  opts: { debounceMs?: number } = {},
): KnowledgeWatcher {
  const debounceMs = opts.debounceMs ?? 300
  const pending = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | null = null
  const ignored = (path: string) =>
    dirs.some((dir) => {
      const rel = relative(dir, path)
      return !rel.startsWith('..') && rel.split(sep).some((part) => part && isIgnoredName(part))
    })
  const watcher = watch(dirs, { ignored, ignoreInitial: true, persistent: true })
  const flush = () => {
    timer = null
    const paths = [...pending]
    pending.clear()
    if (paths.length) onChange(paths)
  }
  const note = (path: string, isDir: boolean) => {
    if (!isDir && !/\.rst$/iu.test(path)) return
    pending.add(path)
    if (timer) clearTimeout(timer)
    timer = setTimeout(flush, debounceMs)
  }
  watcher.on('add', (p) => note(p, false))
  watcher.on('change', (p) => note(p, false))
  watcher.on('unlink', (p) => note(p, false))
  watcher.on('addDir', (p) => note(p, true))
  watcher.on('unlinkDir', (p) => note(p, true))
  return {
    async close() {
      if (timer) clearTimeout(timer)
      timer = null
      pending.clear()
      await watcher.close()
    },
  }
}
