import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as FsPromises from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// A disk that reports success for a write it did not finish (full disk, a short write on a
// network or FUSE file system): the file handle's writeFile keeps only the first half.
const shortWrites = vi.hoisted(() => ({ on: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>()
  const open: typeof real.open = async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args)
    if (!shortWrites.on) return handle
    const writeFile = handle.writeFile.bind(handle)
    handle.writeFile = ((data: Uint8Array) =>
      writeFile(Buffer.from(data).subarray(0, Math.floor(data.length / 2)))) as never
    return handle
  }
  return { ...real, open, default: { ...real, open } }
})

const { PartialWriteError, writeFileAtomic, writeFileAtomicSync, isTempFileName } =
  await import('./atomic-write')
const { dataFolderError } = await import('./data-folder-error')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roteiro-atomic-'))
  shortWrites.on = false
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('writeFileAtomic', () => {
  it('writes, replaces and leaves no temporary file', async () => {
    const file = join(dir, 'a.json')
    await writeFileAtomic(file, 'one')
    await writeFileAtomic(file, Buffer.from('two'))
    writeFileAtomicSync(join(dir, 'b.json'), 'três')
    expect(readFileSync(file, 'utf8')).toBe('two')
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('três')
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json'])
  })

  it('detects a partial write before the rename: the old content stays, the error is "disk full"', async () => {
    const file = join(dir, 'ticket.json')
    writeFileSync(file, '{"old":true}')
    shortWrites.on = true
    const error = await writeFileAtomic(file, JSON.stringify({ new: 'x'.repeat(10_000) })).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(PartialWriteError)
    expect(dataFolderError(error)?.code).toBe('data-disk-full')
    expect(dataFolderError(error)?.params).toEqual({ path: file })
    expect(readFileSync(file, 'utf8')).toBe('{"old":true}')
    expect(readdirSync(dir).filter(isTempFileName)).toEqual([])
  })
})
