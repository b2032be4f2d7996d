import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import { createMemorySettingsStore } from '../settings'
import { dispatch } from './dispatch'
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

const HOST = {
  kind: 'browser' as const,
  version: 't',
  writesClipboard: false,
  nativeDialogs: false,
  lookupWindow: false,
}

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
    host: HOST,
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
        host: HOST,
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
