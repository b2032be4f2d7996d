/**
 * The ticket store in a hostile environment: out of file handles, files it may not read, records
 * from a newer version, files saved by editors, names that do not match, crashed lock holders.
 */
import { execFile, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupTicketsFile, exportTicketsFile } from '../../core/tickets/export/files'
import { parseTicketsJson } from '../../core/tickets/export/json'
import { createTicket, recordStep } from '../../core/tickets/model'
import type { Ticket } from '../../core/tickets/types'
import { ticketFileName } from './file-name'
import { TicketStore } from './ticket-store'

const ROOT = resolve(import.meta.dirname, '../../..')
const CHILD = resolve(import.meta.dirname, '__fixtures__/list-in-child.ts')
const now = () => new Date()
const quiet = { log: () => {} }

let dir: string
let tickets: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roteiro-hostile-'))
  tickets = join(dir, 'tickets')
  mkdirSync(tickets)
})
afterEach(() => {
  spawnSync('chmod', ['-R', 'u+rwX', dir])
  rmSync(dir, { recursive: true, force: true })
})

function put(ticket: Ticket, name = ticketFileName(ticket.number), prefix = ''): string {
  const file = join(tickets, name)
  writeFileSync(file, prefix + JSON.stringify(ticket, null, 1) + '\n')
  return file
}

function populate(count: number): void {
  for (let i = 0; i < count; i++)
    put(
      recordStep(
        createTicket({ number: `V-${i}`, requester: `Pessoa ${i}` }, now),
        { articleId: 'a', stepKey: 'p1', label: 'p1', done: true },
        now,
      ),
    )
}

type ChildResult = {
  exhausted: boolean
  listed: number
  problems: { kind: string; movedTo: string | null }[]
}

/** Runs the listing child, optionally through a shell command prefix (a lower limit, a user). */
function listInChild(
  args: string[],
  options: { prefix?: string[]; uid?: number; gid?: number } = {},
): Promise<ChildResult> {
  const command = [...(options.prefix ?? []), process.execPath, '--import', 'tsx', CHILD, ...args]
  return new Promise((done, fail) => {
    execFile(
      command[0],
      command.slice(1),
      { cwd: ROOT, timeout: 120_000, uid: options.uid, gid: options.gid },
      (error, stdout, stderr) => {
        if (error) return fail(new Error(`${error.message}\n${stderr}`))
        done(JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult)
      },
    )
  })
}

const names = () => readdirSync(tickets).sort()

describe('out of file handles (EMFILE)', () => {
  it('renames no valid ticket while the process has no file handles left', async () => {
    populate(300)
    const before = names()
    // A low limit so the child runs out quickly; prlimit where present, else the shell's ulimit.
    const hasPrlimit = spawnSync('prlimit', ['--version']).status === 0
    const prefix = hasPrlimit
      ? ['prlimit', '--nofile=256:256']
      : ['sh', '-c', 'ulimit -n 256 && exec "$@"', 'sh']
    const result = await listInChild([dir, '--exhaust-fds'], { prefix })
    const renamed = names().filter((n) => !before.includes(n))
    console.info(
      `EMFILE: ${result.listed} of 300 listed, ${result.problems.length} reported, ${renamed.length} renamed`,
    )
    expect(result.exhausted).toBe(true)
    expect(renamed).toEqual([])
    expect(names()).toEqual(before)
    expect(result.problems.every((p) => p.kind === 'unreadable' && p.movedTo === null)).toBe(true)
    expect(result.listed + result.problems.length).toBe(300)
  }, 180_000)
})

describe('a file the process may not read (EACCES)', () => {
  it('is reported and left in place; the others list', async () => {
    populate(5)
    const locked = join(tickets, ticketFileName('V-2'))
    chmodSync(locked, 0o000)
    // root reads anything: run the listing as an unprivileged user then.
    const asRoot = process.getuid?.() === 0
    if (asRoot) spawnSync('chmod', ['-R', 'o+rwX', dir])
    chmodSync(locked, 0o000)
    const before = names()
    const result = await listInChild([dir], asRoot ? { uid: 65534, gid: 65534 } : {})
    expect(result.listed).toBe(4)
    expect(result.problems).toEqual([{ kind: 'unreadable', movedTo: null }])
    expect(names()).toEqual(before)
    expect(existsSync(locked)).toBe(true)
  }, 120_000)
})

describe('a record from a newer version among 100', () => {
  it('is skipped and reported once; the other 99 list, export and back up; the file is untouched', async () => {
    populate(99)
    const future = JSON.stringify({ ...createTicket({ number: 'F-1' }, now), schemaVersion: 99 })
    const file = join(tickets, ticketFileName('F-1'))
    writeFileSync(file, future)
    const logged: string[] = []
    const store = await TicketStore.open(dir, { log: (m) => logged.push(m) })
    const all = await store.all()
    await store.list()
    expect(all).toHaveLength(99)
    expect((await store.list()).length).toBe(99)
    const csv = exportTicketsFile(all, 'csv', {}, () => undefined, now).content
    expect(csv.match(/V-\d+/g)!.length).toBeGreaterThanOrEqual(99)
    const backup = backupTicketsFile(all, now).content
    expect(parseTicketsJson(backup).tickets).toHaveLength(99)
    expect(logged.filter((m) => m.includes('versão mais nova'))).toHaveLength(1)
    expect(store.problems).toEqual([expect.objectContaining({ kind: 'newer', movedTo: null })])
    expect(readFileSync(file, 'utf8')).toBe(future)
    await expect(store.update('F-1', (t) => t)).rejects.toThrow(/versão mais nova/)
    expect(readFileSync(file, 'utf8')).toBe(future)
  })
})

describe('a ticket file saved with a UTF-8 BOM', () => {
  it('is read, listed and not moved aside', async () => {
    const ticket = createTicket({ number: 'BOM-1', requester: 'Ana' }, now)
    put(ticket, undefined, '\uFEFF')
    const store = await TicketStore.open(dir, quiet)
    expect(await store.get('BOM-1')).toEqual(ticket)
    expect((await store.all()).map((t) => t.number)).toEqual(['BOM-1'])
    expect(store.problems).toEqual([])
    expect(names()).toEqual([ticketFileName('BOM-1')])
  })
})

describe('a file whose name does not match the number it holds', () => {
  it('is reported and listed once; get of the other number does not return it', async () => {
    const a = createTicket({ number: 'A-1', requester: 'A' }, now)
    const b = createTicket({ number: 'B-1', requester: 'B' }, now)
    put(a)
    put(a, ticketFileName('X-1')) // a copy of A under another name
    put(b, ticketFileName('Y-1')) // B under another name, and no file of its own
    const store = await TicketStore.open(dir, quiet)
    const listed = (await store.all()).map((t) => t.number).sort()
    expect(listed).toEqual(['A-1', 'B-1'])
    expect(await store.get('X-1')).toBeNull()
    expect(await store.get('Y-1')).toBeNull()
    expect(store.problems.filter((p) => p.kind === 'name-mismatch')).toHaveLength(2)
    await store.all()
    expect(store.problems.filter((p) => p.kind === 'name-mismatch')).toHaveLength(2)
    // Opening Y-1 moves B's record to B's own name first, and the copy of A aside on X-1.
    const y = await store.update('Y-1', (t) => t ?? createTicket({ number: 'Y-1' }, now))
    expect(y?.number).toBe('Y-1')
    expect((await store.get('B-1'))?.requester).toBe('B')
    await store.update('X-1', (t) => t ?? createTicket({ number: 'X-1' }, now))
    expect((await store.get('A-1'))?.requester).toBe('A')
    expect((await store.all()).map((t) => t.number).sort()).toEqual(['A-1', 'B-1', 'X-1', 'Y-1'])
    expect(names().filter((n) => n.includes('.mismatch-'))).toHaveLength(1)
  })
})

describe('locks', () => {
  it('a lock left by a crashed holder is taken over once stale', async () => {
    const store = await TicketStore.open(dir, quiet)
    await store.save(createTicket({ number: 'L-1' }, now))
    const lock = join(tickets, ticketFileName('L-1') + '.lock')
    mkdirSync(lock)
    const old = new Date(Date.now() - 60_000)
    utimesSync(lock, old, old)
    const t = await store.update('L-1', (x) => ({ ...x!, notes: 'depois da queda' }))
    expect(t?.notes).toBe('depois da queda')
    expect(existsSync(lock)).toBe(false)
  })
})

describe('temporary files', () => {
  it('leftovers older than a few minutes are removed at start, fresh ones kept', async () => {
    const stale = join(tickets, `.${ticketFileName('T-1')}.4242.0123abcd.tmp`)
    const fresh = join(tickets, `.${ticketFileName('T-2')}.4242.89abcdef.tmp`)
    writeFileSync(stale, '{"half')
    writeFileSync(fresh, '{"half')
    const old = new Date(Date.now() - 10 * 60_000)
    utimesSync(stale, old, old)
    await TicketStore.open(dir, quiet)
    expect(existsSync(stale)).toBe(false)
    expect(existsSync(fresh)).toBe(true)
  })
})
