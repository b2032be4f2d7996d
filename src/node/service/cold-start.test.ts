// The service over the real search module: the cold build runs off this thread, warm starts
// answer from the cache without parsing the knowledge base, and close() stops a build.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import { cacheFile } from '../search'
import { runningWorkers } from '../search/build-runner'
import { makeKnowledgeDir } from '../search/testing-kb'
import { createMemorySettingsStore } from '../settings'
import { createDefaultBackends } from './default-backends'
import { dispatch } from './dispatch'
import type { KnowledgeSessionPort, ServiceBackends } from './ports'
import { TEST_HOST } from './testing/test-host'
import { createRoteiroService, type RoteiroService } from './service'

interface Observed {
  session: KnowledgeSessionPort & { fromCache?: boolean }
  kbReads: number
}

/** The real backends, with every opened session wrapped to count reads of its `kb`. */
function observedBackends(): { backends: ServiceBackends; sessions: Observed[] } {
  const real = createDefaultBackends()
  const sessions: Observed[] = []
  const search: ServiceBackends['search'] = {
    async open(options) {
      const session = await real.search.open(options)
      const entry: Observed = { session, kbReads: 0 }
      sessions.push(entry)
      return new Proxy(session, {
        get(target, prop) {
          if (prop === 'kb') entry.kbReads++
          const value: unknown = Reflect.get(target, prop, target)
          return typeof value === 'function' ? value.bind(target) : value
        },
      })
    },
  }
  return { backends: { ...real, search }, sessions }
}

const open: RoteiroService[] = []
async function start(knowledge: string, data: string, backends: ServiceBackends) {
  const service = await createRoteiroService({
    knowledgeDirs: [knowledge],
    dataDir: data,
    settings: createMemorySettingsStore({ agentName: 'Ana' }),
    host: TEST_HOST,
    watch: false,
    bundledDir: null,
    backends,
  })
  open.push(service)
  return service
}

async function call<T>(service: RoteiroService, method: string, args: unknown = {}): Promise<T> {
  const r = await dispatch(service.api, method, args)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.result as T
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
  vi.restoreAllMocks()
})

describe('service cold and warm start', () => {
  it('answers cheap calls while the first build runs in a worker', async () => {
    const warn = vi.spyOn(console, 'warn')
    const { knowledge, data } = makeKnowledgeDir()
    const { backends } = observedBackends()
    const service = await start(knowledge, data, backends)
    const order: string[] = []
    const search = call<{ results: { title: string }[] }>(service, 'search', {
      query: 'gearman',
    }).then((r) => {
      order.push('search')
      return r
    })
    expect((await call<{ indexing: boolean }>(service, 'knowledgeStatus')).indexing).toBe(true)
    await call(service, 'hostInfo')
    order.push('hostInfo')
    await call(service, 'getSettings')
    order.push('getSettings')
    await call(service, 'hotkeyStatus')
    order.push('hotkeyStatus')
    await new Promise((r) => setTimeout(r, 20))
    order.push('timer')
    expect(order).toEqual(['hostInfo', 'getSettings', 'hotkeyStatus', 'timer'])
    expect(runningWorkers()).toBe(1)

    expect((await search).results[0].title).toBe('Fila do gearman parada')
    expect(order.at(-1)).toBe('search')
    const status = await call<{ indexing: boolean; articles: number }>(service, 'knowledgeStatus')
    expect(status).toMatchObject({ indexing: false, articles: 2 })
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('no worker thread'))
  })

  it('starts warm after a cold start: from the cache, without parsing the articles', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    const cold = await start(knowledge, data, observedBackends().backends)
    await call(cold, 'search', { query: 'gearman' })
    await cold.close()
    expect(existsSync(cacheFile(data, [knowledge]))).toBe(true)

    const { backends, sessions } = observedBackends()
    const warm = await start(knowledge, data, backends)
    const found = await call<{ results: { title: string }[] }>(warm, 'search', {
      query: 'certificado',
    })
    expect(found.results[0].title).toBe('Certificado vencido no ambiente')
    const status = await call<{ articles: number; roots: { files: number }[] }>(
      warm,
      'knowledgeStatus',
    )
    expect(status.articles).toBe(2)
    expect(status.roots[0].files).toBe(2)
    expect(sessions).toHaveLength(1)
    expect(sessions[0].session.fromCache).toBe(true)
    expect(sessions[0].kbReads).toBe(0)
    // Showing an article does need the knowledge base.
    await call(warm, 'getArticle', { id: (found.results[0] as unknown as { id: string }).id })
    expect(sessions[0].kbReads).toBeGreaterThan(0)
  })

  it('close() during the cold build stops the worker and writes no cache', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    const service = await start(knowledge, data, observedBackends().backends)
    const search = dispatch(service.api, 'search', { query: 'gearman' })
    await vi.waitFor(() => expect(runningWorkers()).toBe(1), { timeout: 5000, interval: 5 })
    await service.close()
    expect(runningWorkers()).toBe(0)
    expect((await search).ok).toBe(false)
    // Longer than the build takes here: a build left running would have written by now.
    await new Promise((r) => setTimeout(r, 1500))
    expect(existsSync(cacheFile(data, [knowledge]))).toBe(false)
  })
})

const corpus = corpusDir()
if (corpus.missing) console.warn(`skipping the cold start measurement: ${corpus.missing}`)

describe.skipIf(!corpus.dir)('cold start on the real knowledge base', () => {
  it('keeps the event loop turning while it builds (prints the longest stall)', async () => {
    const { data } = makeKnowledgeDir()
    const delay = monitorEventLoopDelay({ resolution: 5 })
    delay.enable()
    const started = performance.now()
    const service = await start(corpus.dir!, join(data, 'corpus'), createDefaultBackends())
    const search = call<{ results: unknown[] }>(service, 'search', { query: 'certificado digital' })
    await call(service, 'hostInfo')
    const hostInfoMs = performance.now() - started
    expect((await search).results.length).toBeGreaterThan(0)
    const searchMs = performance.now() - started
    delay.disable()
    console.info(
      `cold start on the corpus: hostInfo ${hostInfoMs.toFixed(0)} ms, first search ` +
        `${searchMs.toFixed(0)} ms, longest event-loop stall ${(delay.max / 1e6).toFixed(0)} ms`,
    )
    expect(hostInfoMs).toBeLessThan(searchMs)
  })
})
