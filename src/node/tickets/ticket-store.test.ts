import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTicket, recordStep } from '../../core/tickets/model'
import type { Ticket } from '../../core/tickets/types'
import { ticketFileName } from './file-name'
import { TicketStore } from './ticket-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roteiro-tickets-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const now = () => new Date()
const quiet = { log: () => {} }
const step = (t: Ticket, key: string, done = true) =>
  recordStep(t, { articleId: 'a', stepKey: key, label: key, done }, now)

describe('ticket file names', () => {
  it('are safe and distinct for numbers that differ only in case', () => {
    const names = ['ABC', 'abc', '../../etc/passwd', '.', '..', 'CON', 'a.b/c-d'].map(
      ticketFileName,
    )
    for (const name of names) expect(name).toMatch(/^chamado_[A-Za-z0-9%-]+_[0-9a-f]{8}\.json$/)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
  })
})

describe('TicketStore', () => {
  it('saves and reads tickets back, one file each', async () => {
    const store = await TicketStore.open(dir, quiet)
    const a = await store.save(step(createTicket({ number: 'ABC', requester: 'Ana' }, now), 'p1'))
    await store.save(createTicket({ number: 'abc' }, now))
    await store.save(createTicket({ number: '2026/0001' }, now))
    expect(await store.get('ABC')).toEqual(a)
    expect((await store.get('abc'))?.requester).toBe('')
    expect(await store.get('nope')).toBeNull()
    expect(readdirSync(join(dir, 'tickets'))).toHaveLength(3)
    const list = await store.list()
    expect(list.map((s) => s.number).sort()).toEqual(['2026/0001', 'ABC', 'abc'])
    expect(list.find((s) => s.number === 'ABC')).toMatchObject({ stepsDone: 1, stepsTotal: null })
    expect(await store.list({ status: 'closed' })).toEqual([])
    expect(await store.list({ since: '2999-01-01' })).toEqual([])
  })

  it('checking a step writes only that ticket file', async () => {
    const store = await TicketStore.open(dir, quiet)
    for (let i = 0; i < 200; i++) await store.save(createTicket({ number: `N${i}` }, now))
    const files = readdirSync(join(dir, 'tickets'))
    const before = new Map(files.map((f) => [f, statSync(join(dir, 'tickets', f)).mtimeMs]))
    await new Promise((r) => setTimeout(r, 20))
    await store.update('N117', (t) => step(t!, 'p1'))
    const after = readdirSync(join(dir, 'tickets'))
    expect(after.sort()).toEqual(files.sort())
    const changed = after.filter((f) => statSync(join(dir, 'tickets', f)).mtimeMs !== before.get(f))
    expect(changed).toEqual([ticketFileName('N117')])
  })

  it('serializes concurrent updates of one ticket', async () => {
    const store = await TicketStore.open(dir, quiet)
    await store.save(createTicket({ number: 'X' }, now))
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => store.update('X', (t) => step(t!, `p${i}`))),
    )
    const t = await store.get('X')
    expect(Object.keys(t!.steps.a)).toHaveLength(40)
  })

  it('moves a corrupt file aside with its bytes, reports it, and keeps the others working', async () => {
    const logged: string[] = []
    const store = await TicketStore.open(dir, { log: (m) => logged.push(m) })
    await store.save(createTicket({ number: 'good' }, now))
    const bad = join(dir, 'tickets', ticketFileName('bad'))
    const bytes = '{"schemaVersion":1,"number":"bad", oops'
    writeFileSync(bad, bytes)
    const list = await store.list()
    expect(list.map((t) => t.number)).toEqual(['good'])
    expect(store.problems).toHaveLength(1)
    expect(store.problems[0].movedTo).toMatch(/\.corrupt-\d{4}-/)
    expect(readFileSync(store.problems[0].movedTo!, 'utf8')).toBe(bytes)
    expect(logged[0]).toMatch(/danificado/)
    expect(await store.get('bad')).toBeNull()
    // a ticket with a valid shape but wrong fields is also moved aside, not replaced
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, number: 'bad' }))
    expect(await store.get('bad')).toBeNull()
    expect(store.problems).toHaveLength(2)
  })

  it('leaves a record from a newer version in place and refuses to overwrite it', async () => {
    const store = await TicketStore.open(dir, quiet)
    const file = join(dir, 'tickets', ticketFileName('F'))
    const future = JSON.stringify({ ...createTicket({ number: 'F' }, now), schemaVersion: 7 })
    writeFileSync(file, future)
    await expect(store.get('F')).rejects.toThrow(/versão mais nova/)
    await expect(
      store.update('F', (t) => t ?? createTicket({ number: 'F' }, now)),
    ).rejects.toThrow()
    expect(readFileSync(file, 'utf8')).toBe(future)
  })
})

describe('crash safety', () => {
  const WRITER = resolve(import.meta.dirname, '__fixtures__/crash-writer.ts')

  function runAndKill(dataDir: string, run: number, killAfterAcks: number, extraDelayMs: number) {
    return new Promise<string[]>((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(run)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      const acks: string[] = []
      let buffer = ''
      let stderr = ''
      let killing = false
      const kill = () => {
        if (killing) return
        killing = true
        setTimeout(() => child.kill('SIGKILL'), extraDelayMs)
      }
      const guard = setTimeout(() => child.kill('SIGKILL'), 60_000)
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        buffer += chunk
        const lines = buffer.split('\n')
        buffer = lines.pop()!
        for (const line of lines) if (line.startsWith('ack ')) acks.push(line.slice(4))
        if (acks.length >= killAfterAcks) kill()
      })
      child.stderr.on('data', (chunk) => (stderr += String(chunk)))
      child.on('error', fail)
      child.on('close', (_code, signal) => {
        clearTimeout(guard)
        if (signal !== 'SIGKILL') fail(new Error(`writer exited on its own: ${stderr}`))
        // lines already in the pipe when the kill landed were acknowledged too
        for (const line of buffer.split('\n')) if (line.startsWith('ack ')) acks.push(line.slice(4))
        done(acks)
      })
    })
  }

  // Each killed writer leaves its locks behind: the next one takes them over once stale (10 s).
  it('a writer killed with SIGKILL at random moments loses no acknowledged change', async () => {
    const acked: string[] = []
    let runs = 0
    for (let run = 0; run < 20; run++, runs++) {
      const killAfter = 1 + Math.floor(Math.random() * 40)
      acked.push(...(await runAndKill(dir, run, killAfter, Math.random() * 8)))
    }
    expect(runs).toBeGreaterThanOrEqual(20)
    const store = await TicketStore.open(dir, quiet)
    const tickets = await store.all()
    expect(store.problems).toEqual([])
    const byNumber = new Map(tickets.map((t) => [t.number, t]))
    const missing = acked.filter((line) => {
      const [number, key] = line.split(' ')
      return !byNumber.get(number)?.steps.artigo?.[key]?.done
    })
    expect(acked.length).toBeGreaterThan(runs)
    expect(missing).toEqual([])
    console.info(`crash test: ${runs} kills, ${acked.length} acknowledged changes, all present`)
  }, 600_000)
})
