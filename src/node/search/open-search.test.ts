import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { updateKnowledgeBase } from '../knowledge/index'
import { runningWorkers } from './build-runner'
import { cacheFile, openSearch } from './open-search'
import { makeKnowledgeDir, scriptRst } from './testing-kb'
import { WARM_UP_QUERIES } from './warm-up'

describe('openSearch', () => {
  it('builds and caches, then starts warm from the cache', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    const cold = await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    expect(cold.fromCache).toBe(false)
    expect(existsSync(cacheFile(data, [knowledge]))).toBe(true)
    expect(cold.index.search('gearman ').results[0].title).toBe('Fila do gearman parada')

    const warm = await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    await warm.ready
    expect(warm.fromCache).toBe(true)
    expect(warm.kb.articles.length).toBe(cold.kb.articles.length)
    expect(warm.kb.byId.size).toBe(cold.kb.byId.size)
    expect(warm.index.search('gearman ').results).toEqual(cold.index.search('gearman ').results)
    // Articles come back from the cache whole (parsed lazily, after the search above).
    expect(warm.kb.articles).toEqual(cold.kb.articles)
    expect(warm.kb.byId.get(cold.kb.articles[0].id)).toEqual(cold.kb.articles[0])
  })

  it('rejects a truncated cache file and rebuilds', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    const file = cacheFile(data, [knowledge])
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, bytes.length - 10))
    const session = await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    expect(session.fromCache).toBe(false)
    expect(session.index.search('certificado ').results).toHaveLength(1)
  })

  it('answers from a stale cache, rebuilds in a worker and swaps the new index in', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    writeFileSync(
      join(knowledge, 'Scripts_Atendimento', 'Tramita_GOV_BR', 'Novo.rst'),
      scriptRst(
        'Protocolo duplicado',
        'O protocolo saiu duplicado no painel.',
        'Cancelar a cópia.',
      ),
    )
    const session = await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    expect(session.fromCache).toBe(true)
    const before = session.index
    expect(before.search('duplicado ').results).toEqual([])
    let swapped = 0
    session.onSwap(() => swapped++)
    await session.ready
    expect(swapped).toBe(1)
    expect(session.index).not.toBe(before)
    expect(session.index.search('duplicado ').results[0].title).toBe('Protocolo duplicado')
    // …and the rebuilt index was cached
    const next = await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    expect(next.index.search('duplicado ').results).toHaveLength(1)
  })

  it('refresh() reports whether anything changed', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    const session = await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    expect(await session.refresh()).toBe(false)
    writeFileSync(
      join(knowledge, 'Scripts_Atendimento', 'Tramita_GOV_BR', 'Gearman_parado.rst'),
      scriptRst(
        'Fila do gearman parada',
        'A fila do gearman parou de novo.',
        'Reiniciar o supervisor.',
      ),
    )
    expect(await session.refresh()).toBe(true)
    expect(session.index.search('novo gearman ').results[0].snippet).toContain('de novo')
  })

  it('rebuilds when the cache is corrupt', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    writeFileSync(cacheFile(data, [knowledge]), '{ not json')
    const session = await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    expect(session.fromCache).toBe(false)
    expect(session.index.search('certificado ').results).toHaveLength(1)
  })

  it('builds a cold start in a worker, not on the calling thread', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    const log = vi.fn()
    const session = await openSearch({ knowledgeDirs: [knowledge], dataDir: data, log })
    expect(log).not.toHaveBeenCalled()
    expect(runningWorkers()).toBe(0)
    expect(session.summary).toMatchObject({ files: 2, articles: 2, perRoot: [{ files: 2 }] })
    // The choice documented in build.ts: no per-file results, so no incremental update.
    expect(session.kb.fileResults).toBeUndefined()
    await expect(updateKnowledgeBase(session.kb, [join(knowledge, 'x.rst')])).resolves.toBe(
      session.kb,
    )
    await session.close()
  })

  it('builds on the calling thread, saying why, when no worker starts', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    const log = vi.fn()
    const session = await openSearch({
      knowledgeDirs: [knowledge],
      dataDir: data,
      log,
      workerUrl: new URL('file:///nonexistent/search-worker.js'),
    })
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/no worker thread \(.+\)/))
    expect(session.index.search('gearman ').results[0].title).toBe('Fila do gearman parada')
    expect(existsSync(cacheFile(data, [knowledge]))).toBe(true)
  })

  it('close() during a rebuild stops the worker: no swap, no cache written afterwards', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    const file = cacheFile(data, [knowledge])
    const before = readFileSync(file)
    writeFileSync(
      join(knowledge, 'Scripts_Atendimento', 'Tramita_GOV_BR', 'Novo.rst'),
      scriptRst('Protocolo duplicado', 'O protocolo saiu duplicado.', 'Cancelar a cópia.'),
    )
    const session = await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    const swapped = vi.fn()
    session.onSwap(swapped)
    await vi.waitFor(() => expect(runningWorkers()).toBe(1), { timeout: 5000, interval: 5 })
    await session.close()
    expect(runningWorkers()).toBe(0)
    await session.ready
    // Longer than a worker build of two files takes here: a late write would have happened.
    await new Promise((r) => setTimeout(r, 1500))
    expect(swapped).not.toHaveBeenCalled()
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(session.index.search('duplicado ').results).toEqual([])
    expect(await session.refresh()).toBe(false)
    expect(runningWorkers()).toBe(0)
  })

  it('aborting a cold start stops its worker and writes no cache', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    const abort = new AbortController()
    const opening = openSearch({ knowledgeDirs: [knowledge], dataDir: data, signal: abort.signal })
    await vi.waitFor(() => expect(runningWorkers()).toBe(1), { timeout: 5000, interval: 5 })
    abort.abort()
    await expect(opening).rejects.toThrow()
    expect(runningWorkers()).toBe(0)
    await new Promise((r) => setTimeout(r, 1500))
    expect(existsSync(cacheFile(data, [knowledge]))).toBe(false)
  })

  it('warms the engine up in the background when asked, and stops warming when closed', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    const plain = await openSearch({ knowledgeDirs: [knowledge], dataDir: data })
    const plainSearch = vi.spyOn(plain.index, 'search')
    await plain.warmedUp
    expect(plainSearch).not.toHaveBeenCalled()

    const warm = await openSearch({ knowledgeDirs: [knowledge], dataDir: data, warmUp: true })
    const search = vi.spyOn(warm.index, 'search')
    await warm.warmedUp
    expect(search).toHaveBeenCalledTimes(WARM_UP_QUERIES)

    const closing = await openSearch({ knowledgeDirs: [knowledge], dataDir: data, warmUp: true })
    const stopped = vi.spyOn(closing.index, 'search')
    await closing.close()
    await closing.warmedUp
    expect(stopped).not.toHaveBeenCalled()
  })
})
