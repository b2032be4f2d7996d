/**
 * The one way the app writes a file it keeps (ticket records, the index cache, settings, window
 * state): temp file in the same folder, write, fsync, read back and compare, rename over the
 * target, fsync the folder. A crash at any moment leaves the old or the new content, never a mix,
 * and a write the disk only pretended to finish (a full disk, a short write on a network or FUSE
 * file system) fails before it replaces anything.
 *
 * Written by hand because write-file-atomic neither fsyncs the folder after the rename (the rename
 * itself could be lost on power failure) nor checks what it wrote (it resolved on a partial write
 * to a full disk).
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

export interface AtomicWriteOptions {
  /** fsync file and folder (default true; turn off only for throwaway data). */
  fsync?: boolean
}

/** Thrown when the bytes read back from the temporary file are not the bytes written. */
export class PartialWriteError extends Error {
  override name = 'PartialWriteError'
  readonly code = 'ENOSPC'
  constructor(readonly path: string) {
    super(`a gravação de ${path} ficou incompleta (disco cheio?); o arquivo anterior foi mantido`)
  }
}

const RETRYABLE_ON_WINDOWS = new Set(['EPERM', 'EACCES', 'EBUSY'])
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/

function tempPathFor(file: string): string {
  return join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
}

function toBytes(data: string | Uint8Array): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)
}

function mayRetryRename(error: unknown, attempt: number): boolean {
  // On Windows a rename over a file another process has open fails briefly; retry a few times.
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return process.platform === 'win32' && RETRYABLE_ON_WINDOWS.has(code) && attempt < 10
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      if (!mayRetryRename(error, attempt)) throw error
      await new Promise((resolve) => setTimeout(resolve, 10 * (attempt + 1)))
    }
  }
}

function ignoreDirSyncError(error: unknown): void {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform !== 'win32') throw error
}

async function syncDir(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    ignoreDirSyncError(error)
  } finally {
    await handle?.close()
  }
}

/** Writes `data` to `file` atomically and verified (see the module comment). */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fsync = options.fsync ?? true
  const bytes = toBytes(data)
  const temp = tempPathFor(file)
  const handle = await open(temp, 'wx', 0o600)
  try {
    try {
      await handle.writeFile(bytes)
      if (fsync) await handle.sync()
    } finally {
      await handle.close()
    }
    if (!bytes.equals(await readFile(temp))) throw new PartialWriteError(file)
    await renameWithRetry(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  if (fsync) await syncDir(dirname(file))
}

/** The synchronous twin of writeFileAtomic, for hosts whose callers cannot wait (settings). */
export function writeFileAtomicSync(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): void {
  const fsync = options.fsync ?? true
  const bytes = toBytes(data)
  const temp = tempPathFor(file)
  const fd = openSync(temp, 'wx', 0o600)
  try {
    try {
      writeFileSync(fd, bytes)
      if (fsync) fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    if (!bytes.equals(readFileSync(temp))) throw new PartialWriteError(file)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  if (fsync) {
    let dirFd: number | undefined
    try {
      dirFd = openSync(dirname(file), 'r')
      fsyncSync(dirFd)
    } catch (error) {
      ignoreDirSyncError(error)
    } finally {
      if (dirFd !== undefined) closeSync(dirFd)
    }
  }
}

/** True for the names of writeFileAtomic's temporary files. */
export function isTempFileName(name: string): boolean {
  return TEMP_NAME.test(name)
}

/**
 * Removes temporary files of writeFileAtomic older than `olderThanMs` (a writer killed
 * mid-write leaves one; a live writer's is seconds old). Returns the names removed; errors are
 * ignored, since a leftover temp file harms nothing but space.
 */
export async function removeStaleTempFiles(
  dir: string,
  olderThanMs = 5 * 60_000,
  now = Date.now(),
): Promise<string[]> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter(isTempFileName)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    try {
      const file = join(dir, name)
      if (now - (await stat(file)).mtimeMs < olderThanMs) continue
      await rm(file, { force: true })
      removed.push(name)
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed
}
