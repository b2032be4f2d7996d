/**
 * `kb team sync` killed with SIGKILL in the middle of a round loses nothing, and the next round
 * completes. Also the CLI's messages for a wrong password.
 */
import { spawn } from 'node:child_process'
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTicket, recordStep } from '../../core/tickets/model'
import { TicketStore } from '../tickets/ticket-store'
import { startTestServer, type TestServer } from './testing/test-server'

const KB = resolve(import.meta.dirname, '../../cli/kb.ts')
let server: TestServer
const folders: string[] = []

beforeAll(async () => {
  server = await startTestServer()
  await server.addUser('ana', 'senha-ana')
  await server.addUser('bia', 'senha-bia')
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function folder(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `roteiro-crash-${name}-`))
  folders.push(dir)
  return dir
}

async function passwordFile(dir: string, password: string): Promise<string> {
  const file = join(dir, 'senha.txt')
  await writeFile(file, password + '\n')
  await chmod(file, 0o600)
  return file
}

interface Run {
  code: number | null
  signal: string | null
  stdout: string
  stderr: string
}

/** Runs `kb team sync`; with `killOn`, sends SIGKILL when stderr shows that text. */
function kbSync(dataDir: string, user: string, pwFile: string, killOn?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        KB,
        'team',
        'sync',
        '--server',
        server.dbUrl,
        '--user',
        user,
        '--password-file',
        pwFile,
        '--data-dir',
        dataDir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ROTEIRO_TEAM_PASSWORD: '' } },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => {
      stderr += d
      if (killOn && stderr.includes(killOn)) child.kill('SIGKILL')
    })
    child.on('error', fail)
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }))
  })
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const tickets = join(dir, 'tickets')
  const out: Record<string, string> = {}
  for (const name of (await readdir(tickets)).filter((n) => n.endsWith('.json')))
    out[name] = await readFile(join(tickets, name), 'utf8')
  return out
}

async function serverTicketCount(): Promise<number> {
  const path = '/' + server.dbUrl.split('/').pop()
  const response = await server.admin(`${path}/_all_docs?startkey="ticket:"&endkey="ticket:\ufff0"`)
  return ((await response.json()) as { rows: unknown[] }).rows.length
}

describe('kb team sync', { timeout: 180_000 }, () => {
  it('loses nothing when killed with SIGKILL mid-round; the next round completes', async () => {
    const a = await folder('a')
    const store = await TicketStore.open(a, { fsync: false })
    const now = () => new Date()
    const count = 300
    for (let i = 0; i < count; i++) {
      const t = createTicket({ number: `K-${i}`, requester: `Pessoa ${i}` }, now)
      await store.save(
        recordStep(
          t,
          { articleId: 'acesso', stepKey: 's1', label: 'Passo', done: true, note: `n${i}` },
          now,
        ),
      )
    }
    const before = await snapshot(a)
    const pw = await passwordFile(a, 'senha-ana')
    const killed = await kbSync(a, 'ana', pw, 'kb: pulled')
    expect(killed.signal).toBe('SIGKILL')
    expect(await snapshot(a)).toEqual(before)
    const again = await kbSync(a, 'ana', pw)
    expect(again.stderr).not.toContain('unexpected')
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/enviados \d+/)
    expect(await snapshot(a)).toEqual(before)
    expect(await serverTicketCount()).toBe(count)
  })

  it('says, in the agent language, that the password is wrong, and exits 1', async () => {
    const dir = await folder('wrong')
    const pw = await passwordFile(dir, 'não-é-esta')
    const run = await kbSync(dir, 'bia', pw)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Usuário ou senha incorretos para bia')
    expect(run.stderr).not.toContain('não-é-esta')
  })

  it('refuses a password file that others can read', async () => {
    const dir = await folder('perm')
    const pw = await passwordFile(dir, 'senha-bia')
    await chmod(pw, 0o644)
    const run = await kbSync(dir, 'bia', pw)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('chmod 600')
  })
})
