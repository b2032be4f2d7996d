import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { API_METHODS, type ApiEvent } from '../../core/api/contract'
import type { HostInfo } from '../../core/api/types'
import { createMemorySettingsStore } from '../settings'
import { dispatch } from './dispatch'
import type { HostHooks } from './hooks'
import { createRoteiroService, type RoteiroService } from './service'
import { fakeBackends, fakeTickets } from './testing/fake-backends'

const HOST: HostInfo = {
  kind: 'browser',
  version: '0.0.0',
  writesClipboard: false,
  nativeDialogs: false,
  lookupWindow: false,
}
const ART = 'kb/certificado.rst'
const open: RoteiroService[] = []
const temp: string[] = []

afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
  for (const d of temp.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function setup(hooks?: HostHooks) {
  const dir = mkdtempSync(join(tmpdir(), 'roteiro-svc-'))
  temp.push(dir)
  const tickets = fakeTickets(() => new Date('2025-03-01T12:00:00Z'))
  const backends = fakeBackends(tickets)
  const settings = createMemorySettingsStore()
  const service = await createRoteiroService({
    knowledgeDirs: [join(dir)],
    dataDir: dir,
    settings,
    host: HOST,
    hooks,
    backends,
    bundledDir: dir,
  })
  open.push(service)
  const events: ApiEvent[] = []
  service.events((e) => events.push(e))
  const call = (method: string, args: unknown = {}) => dispatch(service.api, method, args)
  const ok = async (method: string, args: unknown = {}) => {
    const r = await call(method, args)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.result as never
  }
  return { dir, service, tickets, backends, settings, events, call, ok }
}

describe('dispatch', () => {
  it('rejects unknown methods and prototype keys as bad arguments', async () => {
    const { call } = await setup()
    for (const m of ['nope', 'toString', '__proto__', 'constructor']) {
      const r = await call(m)
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-arguments' }) })
    }
  })

  it('answers bad arguments for every method given a wrong-typed extra key', async () => {
    const { call } = await setup()
    for (const method of API_METHODS) {
      const r = await call(method, { unexpectedKey: 1 })
      expect(r.ok, method).toBe(false)
      if (!r.ok) expect(r.error.code, method).toBe('bad-arguments')
    }
  })

  it('hides internal errors behind a generic message', async () => {
    const { service } = await setup()
    const log = vi.fn()
    const api = { ...service.api, getSettings: async () => Promise.reject(new Error('secret /x')) }
    const r = await dispatch(api, 'getSettings', {}, log)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('internal')
      expect(r.error.message).not.toContain('secret')
    }
    expect(log).toHaveBeenCalledOnce()
  })
})

describe('knowledge methods', () => {
  it('searches, lists, shows, lints and resolves wiki links', async () => {
    const { ok, call } = await setup()
    const search = (await ok('search', { query: 'certificado', limit: 5 })) as {
      results: { id: string }[]
    }
    expect(search.results.map((r) => r.id)).toEqual([ART])
    expect(await ok('listArticles')).toHaveLength(2)
    expect(((await ok('getArticle', { id: ART })) as { title: string }).title).toMatch(
      /Certificado/,
    )
    expect((await call('getArticle', { id: 'kb/none.rst' })).ok).toBe(false)
    expect(await ok('lintReport')).toMatchObject({ files: 2, problemFiles: 1 })
    expect(await ok('resolveWikiLink', { url: 'https://x/certificado.html' })).toEqual({
      articleId: ART,
      anchor: null,
    })
    expect((await call('search', { query: 3 })).ok).toBe(false)
  })

  it('adds and removes roots through the settings and reports the bundled one', async () => {
    const { ok, call, settings, events, dir } = await setup()
    const extra = mkdtempSync(join(tmpdir(), 'roteiro-extra-'))
    temp.push(extra)
    const status = (await ok('addKnowledgeRoot', { dir: extra })) as {
      roots: { dir: string; bundled: boolean }[]
    }
    expect(status.roots.map((r) => [r.dir, r.bundled])).toEqual([
      [dir, true],
      [extra, false],
    ])
    expect(settings.get().knowledgeRoots).toEqual([extra])
    expect(events.some((e) => e.type === 'knowledge-changed')).toBe(true)
    const missing = await call('addKnowledgeRoot', { dir: join(extra, 'absent') })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await call('removeKnowledgeRoot', { dir })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    await ok('removeKnowledgeRoot', { dir: extra })
    expect(settings.get().knowledgeRoots).toEqual([])
    expect(((await ok('knowledgeStatus')) as { articles: number }).articles).toBe(2)
    expect((await call('addKnowledgeRoot', { dir: '' })).ok).toBe(false)
  })

  it('refreshes the session when the watcher fires, indexing meanwhile', async () => {
    const { ok, backends, events } = await setup()
    await ok('listArticles')
    expect(backends.watchers).toHaveLength(1)
    expect(backends.search.sessions).toHaveLength(1)
    const session = backends.search.sessions[0]
    let release = () => {}
    backends.search.gate = new Promise((r) => (release = r))
    events.length = 0
    backends.watchers[0].fire()
    backends.watchers[0].fire()
    await vi.waitFor(() => expect(session.refreshes).toBe(1))
    expect((await ok('knowledgeStatus')) as { indexing: boolean }).toMatchObject({
      indexing: true,
    })
    // The old index keeps answering while the rebuild runs.
    expect((await ok('search', { query: 'certificado' })) as { results: unknown[] }).toMatchObject({
      results: [{ id: ART }],
    })
    release()
    await vi.waitFor(() => expect(events.map((e) => e.type)).toContain('knowledge-changed'))
    // Two events while one refresh waited: one refresh, one announcement.
    expect(session.refreshes).toBe(1)
    expect(events.filter((e) => e.type === 'knowledge-changed')).toEqual([
      { type: 'knowledge-changed', status: expect.objectContaining({ indexing: false }) },
    ])
    expect(backends.search.sessions).toHaveLength(1)
    expect(((await ok('reloadKnowledge')) as { indexedAt: string }).indexedAt).toBeTruthy()
    expect(session.refreshes).toBe(2)
  })

  it('opens a new session when the roots change and closes the old one', async () => {
    const { ok, backends, dir } = await setup()
    await ok('listArticles')
    const extra = mkdtempSync(join(tmpdir(), 'roteiro-extra-'))
    temp.push(extra)
    const status = (await ok('addKnowledgeRoot', { dir: extra })) as {
      indexing: boolean
      roots: { files: number; problems: number; articles: number }[]
    }
    expect(backends.search.sessions.map((s) => [s.dirs, s.closed])).toEqual([
      [[dir], true],
      [[dir, extra], false],
    ])
    expect(backends.watchers.map((w) => w.dirs)).toEqual([[dir, extra]])
    expect(status.indexing).toBe(false)
    // Per-root counts come from the session's summary (here: the files that gave an article).
    expect(status.roots).toEqual([
      expect.objectContaining({ files: 2, articles: 2, problems: 1 }),
      expect.objectContaining({ files: 0, articles: 0, problems: 0 }),
    ])
    expect(await ok('getArticle', { id: ART })).toMatchObject({ rootIndex: 0 })
    expect(backends.search.sessions[1].refreshes).toBe(0)
  })

  it('announces a swap the session makes on its own', async () => {
    const { ok, backends, events } = await setup()
    await ok('listArticles')
    await vi.waitFor(async () =>
      expect(((await ok('knowledgeStatus')) as { indexing: boolean }).indexing).toBe(false),
    )
    events.length = 0
    await backends.search.sessions[0].refresh()
    await vi.waitFor(() =>
      expect(events).toEqual([{ type: 'knowledge-changed', status: expect.anything() }]),
    )
  })
})

describe('ticket methods', () => {
  it('records a ticket through its life and emits tickets-changed', async () => {
    const { ok, events } = await setup()
    await ok('openTicket', { number: '123/2025', requester: 'Maria', articleIds: [ART] })
    await ok('updateTicket', { number: '123/2025', notes: 'ligou' })
    await ok('linkArticle', { number: '123/2025', articleId: 'kb/tramite.rst' })
    const stepped = (await ok('setStep', {
      number: '123/2025',
      articleId: ART,
      stepKey: 'k0',
      done: true,
    })) as { steps: Record<string, Record<string, { label: string }>> }
    expect(stepped.steps[ART].k0.label).toBe('Conferir o certificado')
    await ok('setStepNote', { number: '123/2025', articleId: ART, stepKey: 'k1', note: 'ok' })
    await ok('setReplyValues', { number: '123/2025', articleId: ART, values: { x: 'y' } })
    const list = (await ok('listTickets', { status: 'open' })) as { stepsTotal: number }[]
    expect(list[0].stepsTotal).toBe(2)
    expect(((await ok('closeTicket', { number: '123/2025' })) as { status: string }).status).toBe(
      'closed',
    )
    await ok('reopenTicket', { number: '123/2025' })
    expect(((await ok('getTicket', { number: '123/2025' })) as { notes: string }).notes).toBe(
      'ligou',
    )
    expect(events.filter((e) => e.type === 'tickets-changed').length).toBeGreaterThanOrEqual(7)
  })

  it('keeps what was recorded when a call fails', async () => {
    const { ok, call, tickets } = await setup()
    await ok('openTicket', { number: 'A-1' })
    await ok('setStep', { number: 'A-1', articleId: ART, stepKey: 'k0', done: true })
    const before = structuredClone(tickets.map.get('A-1'))
    for (const [method, args, code] of [
      ['setStep', { number: 'A-1', articleId: ART, stepKey: 'zz', done: true }, 'not-found'],
      ['setStep', { number: 'A-1', articleId: ART, stepKey: 'k0', done: 'yes' }, 'bad-arguments'],
      ['linkArticle', { number: 'A-1', articleId: 'kb/none.rst' }, 'not-found'],
      ['getTicket', { number: 'B-2' }, 'not-found'],
      ['openTicket', { number: 'bad number!' }, 'bad-arguments'],
      ['openTicket', { number: 'A-2', articleIds: ['kb/none.rst'] }, 'not-found'],
    ] as const) {
      expect(await call(method, args), method).toMatchObject({ ok: false, error: { code } })
    }
    expect(tickets.map.get('A-1')).toEqual(before)
    expect(tickets.map.has('A-2')).toBe(false)
  })

  it('keeps a recorded step label when the article no longer has the step', async () => {
    const { ok, tickets } = await setup()
    await ok('openTicket', { number: 'C-3' })
    tickets.map.get('C-3')!.steps[ART] = {
      gone: { done: true, at: 'x', note: '', label: 'Passo antigo' },
    }
    const t = (await ok('setStep', {
      number: 'C-3',
      articleId: ART,
      stepKey: 'gone',
      done: false,
    })) as { steps: Record<string, Record<string, { label: string; done: boolean }>> }
    expect(t.steps[ART].gone).toMatchObject({ label: 'Passo antigo', done: false })
  })
})

describe('replies, exports and settings', () => {
  it('fills replies from the ticket and settings and records copies', async () => {
    const writeClipboard = vi.fn(async () => undefined)
    const { ok, call, tickets } = await setup({ writeClipboard })
    await ok('openTicket', { number: '9', requester: 'João' })
    const view = (await ok('renderReply', { articleId: ART, number: '9' })) as { text: string }
    expect(view.text).toBe('Prezado(a) João, Certificado digital em ambientes diferentes.')
    const over = (await ok('renderReply', { articleId: ART, values: { requester: 'Ana' } })) as {
      text: string
    }
    expect(over.text).toContain('Ana')
    const copied = (await ok('copyReply', { articleId: ART, number: '9', plainOnly: true })) as {
      copiedByHost: boolean
    }
    expect(copied.copiedByHost).toBe(true)
    expect(writeClipboard).toHaveBeenCalledWith({ text: view.text, html: null })
    expect(tickets.map.get('9')!.history.map((h) => h.type)).toContain('reply-copied')
    expect((await call('renderReply', { articleId: ART, number: '404' })).ok).toBe(false)
  })

  it('copies without a host clipboard and says so', async () => {
    const { ok } = await setup()
    const r = (await ok('copyReply', { articleId: ART })) as { copiedByHost: boolean }
    expect(r.copiedByHost).toBe(false)
  })

  it('exports, backs up and imports', async () => {
    const { ok, call, tickets } = await setup()
    await ok('openTicket', { number: '77' })
    expect(await ok('exportTicket', { number: '77', format: 'md' })).toMatchObject({
      content: 'md:77',
    })
    expect(tickets.map.get('77')!.history.at(-1)).toMatchObject({ type: 'exported', format: 'md' })
    expect(await ok('exportTickets', { format: 'csv' })).toMatchObject({ content: '77' })
    expect(await ok('exportTickets', { format: 'csv', since: '2099-01-01' })).toMatchObject({
      content: '',
    })
    const backup = (await ok('backupTickets')) as { content: string }
    tickets.map.clear()
    expect(await ok('importTickets', { content: backup.content })).toMatchObject({ added: 1 })
    expect((await call('exportTicket', { number: '77', format: 'pdf' })).ok).toBe(false)
  })

  it('updates settings, emits settings-changed and rejects unknown keys', async () => {
    const { ok, call, events } = await setup()
    expect(await ok('getSettings')).toMatchObject({ greeting: 'Prezado(a)', language: 'pt-BR' })
    expect(await ok('updateSettings', { agentName: 'Ana' })).toMatchObject({ agentName: 'Ana' })
    expect(events).toContainEqual({ type: 'settings-changed' })
    expect((await call('updateSettings', { knowledgeRoots: ['/etc'] })).ok).toBe(false)
    expect(await ok('hostInfo')).toEqual({ ...HOST, settingsReset: null })
    expect(await ok('hotkeyStatus')).toMatchObject({ available: false, registered: false })
  })
})

describe('host-only methods', () => {
  it("answer 'unsupported' without hooks", async () => {
    const { call, ok } = await setup()
    await ok('openTicket', { number: '1' })
    for (const [method, args] of [
      ['saveTicketExport', { number: '1', format: 'pdf' }],
      ['saveTicketExport', { number: '1', format: 'md' }],
      ['saveBulkExport', { format: 'backup' }],
      ['pickKnowledgeFolder', {}],
      ['pickImportFile', {}],
      ['openExternal', { url: 'https://example.org' }],
      ['windowCommand', { command: 'show-main' }],
    ] as const)
      expect(await call(method, args), method).toMatchObject({
        ok: false,
        error: { code: 'unsupported' },
      })
  })

  it('use the hooks when the host gives them', async () => {
    const hooks = {
      saveFile: vi.fn(async () => '/tmp/x.md'),
      savePdf: vi.fn(async () => '/tmp/x.pdf'),
      pickFolder: vi.fn(async () => '/kb'),
      pickFile: vi.fn(async () => ({ content: '[]', name: 'b.json' })),
      openExternal: vi.fn(async () => true),
      windowCommand: vi.fn(),
      hotkeyStatus: () => ({ accelerator: 'X', registered: true, error: null, available: true }),
    }
    const { ok, call } = await setup(hooks)
    await ok('openTicket', { number: '1' })
    expect(await ok('saveTicketExport', { number: '1', format: 'md' })).toEqual({
      path: '/tmp/x.md',
    })
    expect(await ok('saveTicketExport', { number: '1', format: 'pdf' })).toEqual({
      path: '/tmp/x.pdf',
    })
    expect(hooks.savePdf).toHaveBeenCalledWith({ html: 'html:1', filename: 'chamado-1.pdf' })
    expect(await ok('saveBulkExport', { format: 'json' })).toEqual({ path: '/tmp/x.md' })
    expect(await ok('pickKnowledgeFolder')).toEqual({ dir: '/kb' })
    expect(await ok('pickImportFile')).toEqual({ content: '[]', name: 'b.json' })
    expect(await ok('openExternal', { url: 'https://example.org/a' })).toEqual({ opened: true })
    expect(await call('openExternal', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await ok('windowCommand', { command: 'open-article', articleId: ART })).toEqual({
      ok: true,
    })
    expect(await call('windowCommand', { command: 'open-article' })).toMatchObject({ ok: false })
    expect(await ok('hotkeyStatus')).toMatchObject({ registered: true })
  })
})
