/**
 * The browser mode and four `kb` processes changing one ticket at the same time, on one data
 * folder: every acknowledged change must be in the record afterwards (each change writes a note
 * no other change writes, and every note change is an event of the ticket's history).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TicketStore } from '../node/tickets/ticket-store'
import { runKb } from '../../tests/support/kb-cli'
import { startServer, type RunningServer } from './server'

const ROOT = resolve(import.meta.dirname, '../..')
const KB = resolve(ROOT, 'src/node/tickets/__fixtures__/kb')
const ARTICLE = 'kb/Scripts_Atendimento/Teste/Certificado_em_dois_ambientes.rst'
const NUMBER = '2026/4242'
const CLI_WRITERS = 4
const CLI_CHANGES_EACH = 10
const SERVER_MAX_CHANGES = 1500

let base: string
let data: string
let running: RunningServer
beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'roteiro-writers-'))
  data = join(base, 'data')
  mkdirSync(join(base, 'ui'))
  writeFileSync(join(base, 'ui', 'index.html'), '<!doctype html>')
  running = await startServer({
    knowledgeDirs: [KB],
    dataDir: data,
    uiDir: join(base, 'ui'),
    watch: false,
  })
}, 120_000)
afterAll(async () => {
  await running?.close()
  rmSync(base, { recursive: true, force: true })
})

async function api(method: string, args: unknown): Promise<{ result?: unknown; error?: unknown }> {
  const response = await fetch(`http://127.0.0.1:${running.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Roteiro-Token': running.token },
    body: JSON.stringify(args),
  })
  return (await response.json()) as { result?: unknown; error?: unknown }
}

async function kbStep(index: number, note: string): Promise<boolean> {
  const args = ['ticket', 'step', NUMBER, ARTICLE, String(index), '--done', '--note', note]
  const run = await runKb([...args, '--data-dir', data, '--knowledge', KB], { timeout: 120_000 })
  return run.code === 0
}

describe('the server and four CLI processes on one ticket', () => {
  it('lose none of the acknowledged changes', async () => {
    expect((await api('openTicket', { number: NUMBER })).error).toBeUndefined()
    const article = (await api('getArticle', { id: ARTICLE })).result as {
      steps: { key: string }[]
    }
    const stepKey = article.steps[2].key
    const acked: string[] = []
    let cliDone = false
    const cli = Promise.all(
      Array.from({ length: CLI_WRITERS }, async (_, w) => {
        for (let i = 0; i < CLI_CHANGES_EACH; i++) {
          const note = `cli-${w}-${i}`
          if (await kbStep(w % 3, note)) acked.push(note)
        }
      }),
    ).finally(() => (cliDone = true))
    const server = (async () => {
      for (let i = 0; i < SERVER_MAX_CHANGES && (!cliDone || i < 20); i++) {
        const note = `srv-${i}`
        const reply = await api('setStepNote', {
          number: NUMBER,
          articleId: ARTICLE,
          stepKey,
          note,
        })
        if (reply.error === undefined) acked.push(note)
      }
    })()
    await Promise.all([cli, server])
    const store = await TicketStore.open(data, { log: () => {} })
    const ticket = await store.get(NUMBER)
    const recorded = new Set(
      ticket!.history.flatMap((e) => (e.type === 'step-note' ? [e.note] : [])),
    )
    const lost = acked.filter((note) => !recorded.has(note))
    const fromCli = acked.filter((n) => n.startsWith('cli-')).length
    console.info(
      `many writers: N = ${acked.length} acknowledged changes (${fromCli} from ${CLI_WRITERS} CLI processes, ${acked.length - fromCli} from the server), ${lost.length} lost`,
    )
    expect(fromCli).toBe(CLI_WRITERS * CLI_CHANGES_EACH)
    expect(acked.length).toBeGreaterThan(fromCli)
    expect(lost).toEqual([])
  }, 600_000)
})
