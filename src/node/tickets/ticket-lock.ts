/**
 * The cross-process lock of one ticket file, held around every read-modify-write so the desktop
 * app, the browser mode and any number of `kb` processes on one data folder never lose each
 * other's changes. proper-lockfile takes it by creating `<file>.lock` (mkdir is atomic on every
 * file system we support, network shares included) and keeps its mtime fresh while held; a lock
 * whose holder crashed goes stale after STALE_MS and is taken over.
 */
import lockfile from 'proper-lockfile'
import { ApiError } from '../../core/api/contract'
import { dirname } from 'node:path'
import { dataFolderError, errnoOf } from '../fs/data-folder-error'

/** A holder that stopped refreshing its lock this long ago has crashed (proper-lockfile's minimum is 5 s). */
export const STALE_MS = 10_000

/** How long a writer waits for another process's lock before giving up. */
const WAIT_MS = 60_000

/** The suffix of lock folders beside ticket files. */
export const LOCK_SUFFIX = '.lock'

export interface LockOptions {
  /** Called when a held lock was lost (its folder removed or taken as stale). */
  onCompromised?: (error: Error) => void
}

/**
 * Runs `body` while holding the lock of `file`. Waits for other holders (up to a minute, then a
 * 'conflict' error); the file need not exist yet. The wait is our loop rather than the
 * library's retries, which would also retry errors that never pass (a read-only folder).
 */
export async function withTicketLock<T>(
  file: string,
  body: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  let release: (() => Promise<void>) | null = null
  let delay = 2
  const deadline = Date.now() + WAIT_MS
  while (!release) {
    try {
      release = await lockfile.lock(file, {
        realpath: false,
        stale: STALE_MS,
        lockfilePath: file + LOCK_SUFFIX,
        onCompromised:
          options.onCompromised ?? ((error) => console.warn(`[roteiro] ${error.message}`)),
      })
    } catch (error) {
      // Only a lock held by another process is waited for; a folder we may not write fails now.
      if (errnoOf(error) !== 'ELOCKED') throw dataFolderError(error, dirname(file)) ?? error
      if (Date.now() > deadline)
        throw new ApiError(
          'conflict',
          'Este chamado está sendo gravado por outro processo há muito tempo. Tente de novo.',
        )
      await new Promise((resolve) => setTimeout(resolve, delay * (0.5 + Math.random())))
      delay = Math.min(100, delay * 1.5)
    }
  }
  try {
    return await body()
  } finally {
    await release().catch(() => {
      // Released already (compromised): the write itself completed under the lock.
    })
  }
}
