import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

const RETRYABLE_ON_WINDOWS = new Set(['EPERM', 'EACCES', 'EBUSY'])

async function renameWithRetry(from: string, to: string): Promise<void> {
  // On Windows a rename over a file another process has open fails briefly; retry a few times.
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (process.platform !== 'win32' || !RETRYABLE_ON_WINDOWS.has(code) || attempt >= 10)
        throw error
      await new Promise((resolve) => setTimeout(resolve, 10 * (attempt + 1)))
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
    if (process.platform !== 'win32') throw error
  } finally {
    await handle?.close()
  }
}

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content:
 * temp file in the same folder, fsync it, rename over the target, fsync the folder.
 * Written by hand because write-file-atomic does not fsync the folder after the rename, so the
 * rename itself could be lost on power failure.
 */
export async function writeFileAtomic(
  file: string,
  data: string,
  options: { fsync?: boolean } = {},
): Promise<void> {
  const fsync = options.fsync ?? true
  const dir = dirname(file)
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    try {
      await handle.writeFile(data, 'utf8')
      if (fsync) await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  if (fsync) await syncDir(dir)
}
