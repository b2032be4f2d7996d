/**
 * Team replication between two data folders, A and B, through a CouchDB-compatible server that
 * the tests start themselves (pouchdb-server in memory; the real CouchDB where COUCHDB_URL is set).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentAssignment, handOff, isHandedTo } from '../../core/team/handoff'
import { teamErrorMessage } from '../../core/team/messages'
import { createTicket, recordStep, setNotes, updateDetails } from '../../core/tickets/model'
import type { Ticket } from '../../core/tickets/types'
import { TicketStore } from '../tickets/ticket-store'
import { openReplica } from './replica'
import { syncRound } from './sync-round'
import { startTestServer, type TestServer } from './testing/test-server'

let server: TestServer
const folders: string[] = []

beforeAll(async () => {
  server = await startTestServer()
  await server.addUser('ana', 'senha-ana')
  await server.addUser('bia', 'senha-bia')
  await server.addUser('caio', 'senha-caio', ['agent'])
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A clock that moves one second per reading, from `start`. */
function clock(start: string): () => Date {
  let t = Date.parse(start)
  return () => new Date((t += 1000))
}

async function agentFolder(user: string, password: string, start: string) {
  const dir = await mkdtemp(join(tmpdir(), `roteiro-team-${user}-`))
  folders.push(dir)
  const now = clock(start)
  const store = await TicketStore.open(dir, { fsync: false, log: () => {} })
  return {
    dir,
    store,
    now,
    sync: (overrides: { password?: string; server?: string } = {}) =>
      syncRound({
        dataDir: dir,
        server: overrides.server ?? server.dbUrl,
        user,
        password: overrides.password ?? password,
        store,
        now,
      }),
    edit: (number: string, change: (t: Ticket) => Ticket) =>
      store.update(number, (t) => (t ? change(t) : null)),
  }
}

const step = (key: string, done: boolean, now: () => Date, note?: string) => (t: Ticket) =>
  recordStep(t, { articleId: 'acesso', stepKey: key, label: `Passo ${key}`, done, note }, now)

async function serverDoc(number: string): Promise<Record<string, unknown>> {
  const response = await server.admin(
    `/${server.dbUrl.split('/').pop()}/${encodeURIComponent(`ticket:${number}`)}?conflicts=true`,
  )
  expect(response.status).toBe(200)
  return (await response.json()) as Record<string, unknown>
}

async function localConflicts(dir: string, number: string): Promise<string[]> {
  const db = await openReplica(dir)
  try {
    const doc = await db.get(`ticket:${number}`, { conflicts: true })
    return doc._conflicts ?? []
  } finally {
    await db.close()
  }
}

describe('team replication', { timeout: 120_000 }, () => {
  it('brings a ticket opened and worked on A to B, with its steps and notes', async () => {
    const a = await agentFolder('ana', 'senha-ana', '2026-03-02T12:00:00Z')
    const b = await agentFolder('bia', 'senha-bia', '2026-03-02T13:00:00Z')
    await a.store.save(createTicket({ number: 'T-100', requester: 'Maria' }, a.now))
    await a.edit('T-100', step('s1', true, a.now, 'senha redefinida'))
    await a.edit('T-100', (t) => setNotes(t, 'Usuária sem acesso ao SEI', a.now))
    await a.edit('T-100', (t) => handOff(t, { from: 'ana', to: 'bia', note: 'segue' }, a.now))
    const pushed = await a.sync()
    expect(pushed).toMatchObject({ ok: true })
    expect(pushed.report.pushed).toBeGreaterThan(0)
    const pulled = await b.sync()
    expect(pulled).toMatchObject({ ok: true })
    const onB = await b.store.get('T-100')
    expect(onB?.steps.acesso?.s1).toMatchObject({ done: true, note: 'senha redefinida' })
    expect(onB?.notes).toBe('Usuária sem acesso ao SEI')
    expect(onB?.requester).toBe('Maria')
    expect(onB).toEqual(await a.store.get('T-100'))
  })

  it('keeps every offline change made on both sides, merged, with no losing revision left', async () => {
    const a = await agentFolder('ana', 'senha-ana', '2026-03-03T12:00:00Z')
    const b = await agentFolder('bia', 'senha-bia', '2026-03-03T13:00:00Z')
    await a.store.save(createTicket({ number: 'T-200', requester: 'João' }, a.now))
    await a.edit('T-200', (t) => handOff(t, { from: 'ana', to: 'bia', note: '' }, a.now))
    expect((await a.sync()).ok).toBe(true)
    expect((await b.sync()).ok).toBe(true)
    // Offline on both: different steps, different step notes, the requester changed on both.
    await a.edit('T-200', step('s1', true, a.now, 'nota de A'))
    await a.edit('T-200', (t) => updateDetails(t, { requester: 'João (A)' }, a.now))
    await a.edit('T-200', (t) => setNotes(t, 'anotação de A', a.now))
    await b.edit('T-200', step('s2', true, b.now, 'nota de B'))
    await b.edit('T-200', (t) => updateDetails(t, { requester: 'João (B)' }, b.now))
    expect((await a.sync()).ok).toBe(true)
    const onB = await b.sync()
    expect(onB).toMatchObject({ ok: true })
    expect(onB.report.merged).toBe(1)
    expect((await a.sync()).ok).toBe(true)
    const [ta, tb] = [await a.store.get('T-200'), await b.store.get('T-200')]
    expect(ta).toEqual(tb)
    expect(ta?.steps.acesso?.s1).toMatchObject({ done: true, note: 'nota de A' })
    expect(ta?.steps.acesso?.s2).toMatchObject({ done: true, note: 'nota de B' })
    // Only A changed the ticket's notes: they survive although B's record is newer.
    expect(ta?.notes).toBe('anotação de A')
    // The field changed on both: the later change (B's clock is ahead) wins.
    expect(ta?.requester).toBe('João (B)')
    const types = ta?.history.map((e) => e.type) ?? []
    expect(types.filter((t) => t === 'details-edited')).toHaveLength(2)
    expect(types.filter((t) => t === 'step-note')).toHaveLength(2)
    expect((await serverDoc('T-200'))._conflicts).toBeUndefined()
    expect(await localConflicts(a.dir, 'T-200')).toEqual([])
    expect(await localConflicts(b.dir, 'T-200')).toEqual([])
    // Who changed what: each event is attributed to the agent who recorded it.
    const doc = await serverDoc('T-200')
    const by = Object.entries(doc.by as Record<string, string>)
    expect(by.find(([k]) => k.includes('step-note|acesso#s1'))?.[1]).toBe('ana')
    expect(by.find(([k]) => k.includes('step-note|acesso#s2'))?.[1]).toBe('bia')
  })

  it('merges what two rounds running at once leave on the server', async () => {
    const a = await agentFolder('ana', 'senha-ana', '2026-03-08T12:00:00Z')
    const b = await agentFolder('bia', 'senha-bia', '2026-03-08T13:00:00Z')
    await a.store.save(createTicket({ number: 'T-250' }, a.now))
    await a.edit('T-250', (t) => handOff(t, { from: 'ana', to: 'bia', note: '' }, a.now))
    expect((await a.sync()).ok).toBe(true)
    expect((await b.sync()).ok).toBe(true)
    await a.edit('T-250', step('s1', true, a.now))
    await b.edit('T-250', step('s2', true, b.now))
    // Both push before either pulls the other's revision: the server may keep both.
    const [ra, rb] = await Promise.all([a.sync(), b.sync()])
    expect(ra.ok && rb.ok).toBe(true)
    for (const round of [a, b, a]) expect((await round.sync()).ok).toBe(true)
    const [ta, tb] = [await a.store.get('T-250'), await b.store.get('T-250')]
    expect(ta).toEqual(tb)
    expect(ta?.steps.acesso?.s1?.done).toBe(true)
    expect(ta?.steps.acesso?.s2?.done).toBe(true)
    expect((await serverDoc('T-250'))._conflicts).toBeUndefined()
  })

  it('hands a ticket from A to B: B sees it marked, with the note, and goes on with it', async () => {
    const a = await agentFolder('ana', 'senha-ana', '2026-03-04T12:00:00Z')
    const b = await agentFolder('bia', 'senha-bia', '2026-03-04T13:00:00Z')
    await a.store.save(createTicket({ number: 'T-300' }, a.now))
    await a.edit('T-300', step('s1', true, a.now))
    await a.edit('T-300', (t) =>
      handOff(t, { from: 'ana', to: 'bia', note: 'Precisa de acesso ao N2' }, a.now),
    )
    expect((await a.sync()).ok).toBe(true)
    expect((await b.sync()).ok).toBe(true)
    const received = await b.store.get('T-300')
    expect(received && isHandedTo(received, 'bia', null)).toBe(true)
    expect(currentAssignment(received!)).toMatchObject({
      from: 'ana',
      to: 'bia',
      note: 'Precisa de acesso ao N2',
    })
    expect(received?.steps.acesso?.s1?.done).toBe(true)
    await b.edit('T-300', step('s2', true, b.now, 'feito no N2'))
    expect((await b.sync()).ok).toBe(true)
    expect((await a.sync()).ok).toBe(true)
    const back = await a.store.get('T-300')
    expect(back?.steps.acesso?.s2).toMatchObject({ done: true, note: 'feito no N2' })
    expect(back?.history.some((e) => e.type === 'handed-off' && e.from === 'ana')).toBe(true)
  })

  it('does not copy team tickets that do not concern the agent into their folder', async () => {
    const a = await agentFolder('ana', 'senha-ana', '2026-03-05T12:00:00Z')
    const c = await agentFolder('caio', 'senha-caio', '2026-03-05T13:00:00Z')
    await a.store.save(createTicket({ number: 'T-400' }, a.now))
    expect((await a.sync()).ok).toBe(true)
    expect((await c.sync()).ok).toBe(true)
    expect(await c.store.get('T-400')).toBeNull()
  })

  it('reports a wrong password and an unreachable server clearly, leaving local work as it was', async () => {
    const a = await agentFolder('ana', 'senha-ana', '2026-03-06T12:00:00Z')
    await a.store.save(createTicket({ number: 'T-500' }, a.now))
    await a.edit('T-500', step('s1', true, a.now, 'importante'))
    const files = async () => {
      const dir = join(a.dir, 'tickets')
      const names = (await readdir(dir)).sort()
      return Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')]))
    }
    const before = await files()
    const wrong = await a.sync({ password: 'errada' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    if (wrong.ok) return
    expect(teamErrorMessage(wrong.error, 'pt-BR')).toContain('Usuário ou senha incorretos')
    expect(teamErrorMessage(wrong.error, 'en')).toContain('Wrong user name or password')
    expect(JSON.stringify(wrong)).not.toContain('errada')
    const closed = 'http://127.0.0.1:9/roteiro'
    const down = await a.sync({ server: closed })
    expect(down).toMatchObject({ ok: false, error: { code: 'unreachable' } })
    if (down.ok) return
    expect(teamErrorMessage(down.error, 'pt-BR')).toContain('inacessível')
    expect(teamErrorMessage(down.error, 'en')).toContain('unreachable')
    expect(await files()).toEqual(before)
    // The work waits for the next round, and goes out with it.
    expect((await a.sync()).ok).toBe(true)
    expect(((await serverDoc('T-500')).ticket as Ticket).steps.acesso?.s1?.note).toBe('importante')
  })

  it('refuses plain HTTP to a host other than this machine unless allowed', async () => {
    const a = await agentFolder('ana', 'senha-ana', '2026-03-07T12:00:00Z')
    const refused = await a.sync({ server: 'http://team.example/roteiro' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'insecure-url' } })
  })

  it("rejects, on the server, a write in another agent's name", async () => {
    const db = server.dbUrl
    const auth = 'Basic ' + Buffer.from('ana:senha-ana').toString('base64')
    const forged = await fetch(`${db}/${encodeURIComponent('ticket:F-1')}`, {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'roteiro-ticket',
        author: 'bia',
        ticket: createTicket({ number: 'F-1' }, () => new Date()),
        by: {},
      }),
    })
    expect(forged.status).toBe(403)
    const honest = await fetch(`${db}/${encodeURIComponent('ticket:F-2')}`, {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'roteiro-ticket',
        author: 'ana',
        ticket: createTicket({ number: 'F-2' }, () => new Date()),
        by: {},
      }),
    })
    expect(honest.status).toBe(201)
  })
})
