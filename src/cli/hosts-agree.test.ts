/**
 * The CLI, the browser-mode HTTP bridge and the service (in process) are three hosts of one API:
 * the same actions write the same records, and every view of a ticket's progress — the bar (the
 * summary), the panel (the checklist view), the CLI and the exports — gives the same numbers.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiMethod } from '../core/api/contract'
import type { Ticket } from '../core/tickets/types'
import { createRoteiroService, dispatch, type RoteiroService } from '../node/service'
import { createSettingsStore } from '../node/settings'
import { startServer, type RunningServer } from '../server/server'
import { runKb } from '../../tests/support/kb-cli'

const ROOT = resolve(import.meta.dirname, '../..')
const FIXTURE = resolve(ROOT, 'src/node/tickets/__fixtures__/kb')
const FILE = 'Scripts_Atendimento/Teste/Certificado_em_dois_ambientes.rst'
const ARTICLE = `kb/${FILE}`

let work: string
let kbDir: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'roteiro-hosts-'))
  kbDir = join(work, 'kb')
  cpSync(FIXTURE, kbDir, { recursive: true })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const kb = (...args: string[]) => runKb(args, { defaultDataDir: join(work, 'default-data') })

async function openService(dataDir: string): Promise<RoteiroService> {
  return createRoteiroService({
    knowledgeDirs: [kbDir],
    dataDir,
    settings: createSettingsStore({ dataDir }),
    host: {
      kind: 'cli',
      version: '0',
      writesClipboard: false,
      nativeDialogs: false,
      lookupWindow: false,
    },
    watch: false,
    bundledDir: null,
  })
}

async function call<T>(service: RoteiroService, method: ApiMethod, args: unknown): Promise<T> {
  const outcome = await dispatch(service.api, method, args)
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`)
  return outcome.result as T
}

/** The record without its clock: every `at`, createdAt and updatedAt dropped. */
function timeless(ticket: Ticket): unknown {
  return JSON.parse(
    JSON.stringify(ticket, (key, value) =>
      key === 'at' || key === 'createdAt' || key === 'updatedAt' ? undefined : value,
    ),
  )
}

describe('every host writes the same records', () => {
  it('CLI, HTTP bridge and service: identical histories for the same actions', async () => {
    const keys = ['0', '1', '2']
    // The service, in process.
    const serviceDir = join(work, 'service')
    const service = await openService(serviceDir)
    const { steps } = await call<{ steps: { key: string }[] }>(service, 'getChecklist', {
      articleId: ARTICLE,
    })
    const stepKey = (i: string) => steps[Number(i)].key
    const actions: [ApiMethod, Record<string, unknown>][] = [
      ['openTicket', { number: 'H-1', requester: 'Ana', articleIds: [ARTICLE] }],
      [
        'setStep',
        { number: 'H-1', articleId: ARTICLE, stepKey: stepKey(keys[1]), done: true, note: 'ok' },
      ],
      ['setStep', { number: 'H-1', articleId: ARTICLE, stepKey: stepKey(keys[0]), done: true }],
      ['setStep', { number: 'H-1', articleId: ARTICLE, stepKey: stepKey(keys[0]), done: false }],
      ['exportTicket', { number: 'H-1', format: 'md' }],
      ['closeTicket', { number: 'H-1' }],
      ['exportTicket', { number: 'H-1', format: 'json' }],
      ['reopenTicket', { number: 'H-1' }],
    ]
    for (const [method, args] of actions) await call(service, method, args)
    const viaService = await call<Ticket>(service, 'getTicket', { number: 'H-1' })
    await service.close()

    // The browser-mode bridge, over HTTP.
    const ui = join(work, 'ui')
    mkdirSync(ui, { recursive: true })
    writeFileSync(join(ui, 'index.html'), '<!doctype html>')
    const running: RunningServer = await startServer({
      knowledgeDirs: [kbDir],
      dataDir: join(work, 'http'),
      uiDir: ui,
      watch: false,
    })
    const post = async (method: string, args: unknown) => {
      const response = await fetch(
        `${running.url.split('?')[0].replace(/\/$/, '')}/api/${method}`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Roteiro-Token': running.token },
          body: JSON.stringify(args),
        },
      )
      const body = (await response.json()) as { result: unknown }
      expect(response.status, method).toBe(200)
      return body.result
    }
    for (const [method, args] of actions) await post(method, args)
    const viaHttp = (await post('getTicket', { number: 'H-1' })) as Ticket
    await running.close()

    // The kb command line.
    const d = ['--data-dir', join(work, 'cli'), '--knowledge', kbDir]
    const commands = [
      ['ticket', 'open', 'H-1', '--requester', 'Ana', '--article', ARTICLE],
      ['ticket', 'step', 'H-1', ARTICLE, keys[1], '--done', '--note', 'ok'],
      ['ticket', 'step', 'H-1', ARTICLE, keys[0], '--done'],
      ['ticket', 'step', 'H-1', ARTICLE, keys[0], '--undone'],
      ['ticket', 'export', 'H-1', '--format', 'md'],
      ['ticket', 'close', 'H-1'],
      ['ticket', 'export', 'H-1', '--format', 'json'],
      ['ticket', 'reopen', 'H-1'],
    ]
    for (const args of commands) {
      const r = await kb(...args, ...d)
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0)
    }
    const viaCli = JSON.parse((await kb('ticket', 'show', 'H-1', '--json', ...d)).stdout) as Ticket

    expect(viaService.history.map((e) => e.type)).toEqual([
      'opened',
      'article-linked',
      'step-checked',
      'step-note',
      'step-checked',
      'step-unchecked',
      'exported',
      'closed',
      'exported',
      'reopened',
    ])
    expect(timeless(viaHttp)).toEqual(timeless(viaService))
    expect(timeless(viaCli)).toEqual(timeless(viaService))
  }, 180_000)

  it('the bar, the panel, the CLI and the exports give the same progress, removed steps included', async () => {
    const dataDir = join(work, 'progress')
    let service = await openService(dataDir)
    const { steps } = await call<{ steps: { key: string }[] }>(service, 'getChecklist', {
      articleId: ARTICLE,
    })
    await call(service, 'openTicket', { number: 'P-1', articleIds: [ARTICLE] })
    for (const i of [1, 2])
      await call(service, 'setStep', {
        number: 'P-1',
        articleId: ARTICLE,
        stepKey: steps[i].key,
        done: true,
      })
    await service.close()
    // The article is edited: its last step (done on the ticket) is no longer in it.
    const file = join(kbDir, FILE)
    const text = readFileSync(file, 'utf8')
    expect(text).toContain('3. Pedir a devolução do processo à origem.\n')
    writeFileSync(file, text.replace('3. Pedir a devolução do processo à origem.\n', ''))
    service = await openService(dataDir)
    // A warm start answers from the index cache while it checks the files: wait for the check.
    await call(service, 'reloadKnowledge', {})
    const [bar] = await call<{ stepsDone: number; stepsTotal: number; progress: unknown[] }[]>(
      service,
      'listTickets',
      {},
    )
    const panel = await call<{ done: number; total: number; orphans: unknown[] }>(
      service,
      'getChecklist',
      { number: 'P-1', articleId: ARTICLE },
    )
    const md = await call<{ content: string }>(service, 'exportTicket', {
      number: 'P-1',
      format: 'md',
    })
    const html = await call<{ content: string }>(service, 'exportTicket', {
      number: 'P-1',
      format: 'html',
    })
    await service.close()
    const d = ['--data-dir', dataDir, '--knowledge', kbDir]
    const shown = await kb('ticket', 'show', 'P-1', ...d)
    const listed = await kb('tickets', 'list', ...d)

    // 2 done (one of them removed from the article): total = current steps + 1 removed done step.
    const expected = { done: 2, total: panel.total }
    expect(panel.orphans).toHaveLength(1)
    expect(panel.done).toBe(2)
    expect(panel.total).toBe(steps.length)
    expect({ done: bar.stepsDone, total: bar.stepsTotal }).toEqual(expected)
    expect(bar.progress).toEqual([expect.objectContaining({ articleId: ARTICLE, ...expected })])
    const label = `2 de ${expected.total} passos feitos`
    expect(md.content).toContain(`- Progresso: ${label}`)
    expect(md.content).toContain(`\nProgresso: ${label}\n`)
    expect(html.content).toContain(`<dd>${label}</dd>`)
    expect(shown.stdout).toContain(`artigo ${ARTICLE} (2/${expected.total})`)
    expect(listed.stdout).toContain(`\t2/${expected.total} passo(s)\t`)
  }, 180_000)
})
