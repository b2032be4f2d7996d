import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import { cacheFile } from '../search'
import { makeKnowledgeDir, scriptRst } from '../search/testing-kb'
import { createMemorySettingsStore } from '../settings'
import { dispatch } from './dispatch'
import { TEST_HOST } from './testing/test-host'
import { createRoteiroService, type RoteiroService } from './service'

// Written for this project (not taken from the real knowledge base).
const ARTICLE = `2025.01.10-Impressora de etiquetas não imprime-V1
=================================================

Situação
~~~~~~~~

O agente informa que a impressora de etiquetas não imprime o código de barras.

Solução Sugerida
~~~~~~~~~~~~~~~~

**Passo 1:** Verificar se a impressora está ligada.

**Passo 2:** Reinstalar o driver da impressora.

Modelo de Resposta para Chamados
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Prezado(a) [nome do usuário],

Reinstale o driver da impressora de etiquetas e tente de novo.

Palavras-chave
~~~~~~~~~~~~~~

impressora, etiqueta, código de barras
`

let base: string
let service: RoteiroService
beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'roteiro-real-'))
  const kb = join(base, 'kb')
  const { mkdirSync } = await import('node:fs')
  mkdirSync(join(kb, 'Scripts_Atendimento'), { recursive: true })
  writeFileSync(join(kb, 'Scripts_Atendimento', 'Impressora_de_etiquetas.rst'), ARTICLE)
  service = await createRoteiroService({
    knowledgeDirs: [kb],
    dataDir: join(base, 'data'),
    settings: createMemorySettingsStore({ agentName: 'Ana' }),
    host: TEST_HOST,
    watch: false,
  })
})
afterAll(async () => {
  await service?.close()
  rmSync(base, { recursive: true, force: true })
})

describe('service over the real modules', () => {
  it('searches, records a step, fills and exports the reply', async () => {
    const call = async (method: string, args: unknown) => {
      const r = await dispatch(service.api, method, args)
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
      return r.result as never
    }
    const found = (await call('search', { query: 'impressora etiqueta' })) as {
      results: { id: string }[]
    }
    expect(found.results.length).toBeGreaterThan(0)
    const id = found.results[0].id
    const article = (await call('getArticle', { id })) as { steps: { key: string }[] }
    expect(article.steps.length).toBeGreaterThanOrEqual(1)
    await call('openTicket', { number: '2025/0001', requester: 'Carla' })
    const ticket = (await call('setStep', {
      number: '2025/0001',
      articleId: id,
      stepKey: article.steps[0].key,
      done: true,
    })) as { steps: Record<string, Record<string, { done: boolean }>> }
    expect(ticket.steps[id][article.steps[0].key].done).toBe(true)
    const reply = (await call('renderReply', { articleId: id, number: '2025/0001' })) as {
      text: string
    }
    expect(reply.text).toContain('Carla')
    const file = (await call('exportTicket', { number: '2025/0001', format: 'md' })) as {
      content: string
    }
    expect(file.content).toContain('2025/0001')
    const backup = (await call('backupTickets', {})) as { content: string }
    expect(readdirSync(join(base, 'data', 'tickets')).length).toBe(1)
    expect(await call('importTickets', { content: backup.content })).toMatchObject({ added: 0 })
  })
})

describe('knowledge reloads over the real search session', () => {
  it('caches the index, rebuilds on a file change and announces the swap', async () => {
    const { knowledge, data } = makeKnowledgeDir()
    const events: string[] = []
    const svc = await createRoteiroService({
      knowledgeDirs: [knowledge],
      dataDir: data,
      settings: createMemorySettingsStore(),
      host: TEST_HOST,
      bundledDir: null,
    })
    try {
      svc.events((e) => {
        if (e.type === 'knowledge-changed') events.push(JSON.stringify(e.status))
      })
      const first = await svc.api.search({ query: 'gearman' })
      expect(first.results[0].title).toBe('Fila do gearman parada')
      expect(existsSync(cacheFile(data, [knowledge]))).toBe(true)
      await vi.waitFor(async () => expect((await svc.api.knowledgeStatus({})).indexing).toBe(false))
      const { problemFiles } = await svc.api.lintReport({})
      expect(problemFiles).toBeGreaterThan(0)
      expect((await svc.api.knowledgeStatus({})).roots).toEqual([
        expect.objectContaining({ files: 2, articles: 2, problems: problemFiles }),
      ])
      expect(await svc.api.getArticle({ id: first.results[0].id })).toMatchObject({ rootIndex: 0 })
      expect(svc.knowledgeRoots()).toEqual([knowledge])
      events.length = 0
      const added = join(
        knowledge,
        'Scripts_Atendimento',
        'Tramita_GOV_BR',
        'Protocolo_duplicado.rst',
      )
      const writeAdded = () =>
        writeFileSync(
          added,
          scriptRst('Protocolo duplicado', 'O protocolo saiu duplicado.', 'Cancelar a cópia.'),
        )
      writeAdded()
      // The watcher starts in the background and may miss a write made before it is ready (on a
      // loaded machine that can take seconds): write the same bytes again now and then until the
      // change is seen, so the test waits for the watcher instead of guessing how long it takes.
      let polls = 0
      await vi.waitFor(
        async () => {
          if (events.length === 0 && ++polls % 20 === 0) writeAdded()
          expect(events.length).toBeGreaterThan(0)
          expect((await svc.api.search({ query: 'duplicado' })).results[0]?.title).toBe(
            'Protocolo duplicado',
          )
        },
        { timeout: 90_000, interval: 100 },
      )
      const status = await svc.api.knowledgeStatus({})
      expect(status).toMatchObject({ indexing: false, articles: 3 })
      expect(status.roots[0]).toMatchObject({ files: 3, articles: 3 })
    } finally {
      await svc.close()
    }
    // A second start answers from the cache, new article included.
    const warm = await createRoteiroService({
      knowledgeDirs: [knowledge],
      dataDir: data,
      settings: createMemorySettingsStore(),
      host: TEST_HOST,
      watch: false,
    })
    try {
      expect((await warm.api.search({ query: 'duplicado' })).results).toHaveLength(1)
      expect((await warm.api.knowledgeStatus({})).roots[0]).toMatchObject({ files: 3 })
    } finally {
      await warm.close()
    }
  }, 180_000)
})

const corpus = corpusDir()
describe('service over the real knowledge base', () => {
  it.skipIf(!corpus.dir)(
    `loads and answers a search (${corpus.missing ?? 'corpus present'})`,
    async () => {
      const started = performance.now()
      const svc = await createRoteiroService({
        knowledgeDirs: [corpus.dir!],
        dataDir: join(base, 'data2'),
        settings: createMemorySettingsStore(),
        host: TEST_HOST,
        watch: false,
      })
      try {
        const status = await svc.api.knowledgeStatus({})
        const hits = await svc.api.search({ query: 'certificado digital ambientes diferentes' })
        const loadMs = performance.now() - started
        console.info(`corpus: ${hits.results.length} hits, load+index ${loadMs.toFixed(0)} ms`)
        expect(hits.results.length).toBeGreaterThan(0)
        expect((await svc.api.knowledgeStatus({})).articles).toBeGreaterThan(100)
        expect(status).toBeTruthy()
      } finally {
        await svc.close()
      }
    },
  )
})
