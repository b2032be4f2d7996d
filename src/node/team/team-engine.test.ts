/** The team engine and the API's team methods, as the desktop and browser hosts run them. */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTicket, recordStep } from '../../core/tickets/model'
import { createMemorySettingsStore } from '../settings'
import { TicketStore } from '../tickets/ticket-store'
import { fileVault, safeStorageVault, type PasswordVault } from './password'
import { teamApi } from './team-api'
import { createTeamEngine, type TeamEngine } from './team-engine'
import { startTestServer, type TestServer } from './testing/test-server'

let server: TestServer
const cleanup: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  server = await startTestServer()
  await server.addUser('ana', 'senha-ana')
  await server.addUser('bia', 'senha-bia')
  await server.addUser('sara', 'senha-sara', ['supervisor'])
}, 120_000)
afterAll(async () => {
  for (const step of cleanup.reverse()) await step()
  await server?.stop()
})

const memoryVault = (password: string | null): PasswordVault => {
  let value = password
  return { kind: 'file', read: async () => value, write: async (p) => void (value = p) }
}

async function host(user: string, password: string, tier: 'N1' | 'N2' = 'N1') {
  const dataDir = await mkdtemp(join(tmpdir(), `roteiro-engine-${user}-`))
  const settings = createMemorySettingsStore({
    teamEnabled: false, // rounds only on request: the test decides when
    teamServer: server.dbUrl,
    teamUser: user,
    teamTier: tier,
  })
  const store = TicketStore.open(dataDir, { fsync: false, log: () => {} })
  const engine: TeamEngine = createTeamEngine({
    dataDir,
    settings,
    vault: memoryVault(password),
    store: () => store,
  })
  let changes = 0
  const api = teamApi({
    engine,
    settings,
    store: () => store,
    now: () => new Date(),
    articles: async () => () => undefined,
    changed: () => changes++,
  })
  cleanup.push(
    () => engine.close(),
    () => rm(dataDir, { recursive: true, force: true }),
  )
  return { dataDir, settings, engine, api, store: await store, changes: () => changes }
}

describe('team engine and API', { timeout: 120_000 }, () => {
  it('syncs on request, hands off, shows the inbox, and gives the supervisor the numbers', async () => {
    const ana = await host('ana', 'senha-ana')
    const bia = await host('bia', 'senha-bia', 'N2')
    const sara = await host('sara', 'senha-sara')
    const t = createTicket({ number: 'E-1', articleIds: ['acesso'] }, () => new Date())
    await ana.store.save(
      recordStep(
        t,
        { articleId: 'acesso', stepKey: 's1', label: 'Passo', done: true },
        () => new Date(),
      ),
    )
    await ana.api.handoffTicket({ number: 'E-1', to: 'n2', note: 'precisa do N2' } as never)
    expect(ana.changes()).toBe(1)
    const afterAna = await ana.api.teamSyncNow({} as never)
    expect(afterAna).toMatchObject({ error: null, pending: 0, user: 'ana' })
    expect(afterAna.lastSyncAt).not.toBeNull()
    await bia.api.teamSyncNow({} as never)
    expect(await bia.api.teamInbox({} as never)).toEqual([
      expect.objectContaining({ number: 'E-1', from: 'ana', to: 'N2', note: 'precisa do N2' }),
    ])
    expect(await ana.api.teamInbox({} as never)).toEqual([])
    await sara.api.teamSyncNow({} as never)
    const today = new Date().toISOString().slice(0, 10)
    const view = await sara.api.supervisorReport({ from: today, to: today } as never)
    expect(view.tickets).toBe(1)
    expect(view.offline).toBe(true) // team mode is off in these settings
    expect(view.report.opened).toEqual({ ana: [1] })
    expect(view.report.topArticles).toEqual([{ articleId: 'acesso', title: 'acesso', tickets: 1 }])
    const csv = await sara.api.exportSupervisorReport({ from: today, to: today } as never)
    expect(csv.content).toContain(`abertos,ana,${today},,,1`)
    // The supervisor's own folder does not fill with the team's tickets.
    expect(await sara.store.get('E-1')).toBeNull()
  })

  it('reports a wrong password in the status and keeps local work', async () => {
    const ana = await host('ana', 'errada')
    await ana.store.save(createTicket({ number: 'E-2' }, () => new Date()))
    const status = await ana.api.teamSyncNow({} as never)
    expect(status.error).toMatchObject({ code: 'unauthorized' })
    expect(status.pending).toBe(1)
    expect(await ana.store.get('E-2')).toBeDefined()
    expect(JSON.stringify(status)).not.toContain('errada')
  })
})

describe('password vaults', () => {
  it('keeps the CLI/browser password in a file only its owner reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'roteiro-vault-'))
    cleanup.push(() => rm(dir, { recursive: true, force: true }))
    const vault = fileVault(dir)
    expect(await vault.read()).toBeNull()
    await vault.write('s3nha')
    expect(await vault.read()).toBe('s3nha')
    const mode = (await stat(join(dir, 'team', 'password'))).mode & 0o777
    if (process.platform !== 'win32') expect(mode).toBe(0o600)
    await vault.write(null)
    expect(await vault.read()).toBeNull()
  })

  it("keeps the desktop password encrypted with Electron's safeStorage", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'roteiro-vault-'))
    cleanup.push(() => rm(dir, { recursive: true, force: true }))
    // Electron faked at the boundary: a reversible "encryption" that is not the plain text.
    const fake = {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from([...Buffer.from(plain)].map((b) => b ^ 0x5a)),
      decryptString: (bytes: Buffer) => Buffer.from([...bytes].map((b) => b ^ 0x5a)).toString(),
    }
    const vault = safeStorageVault(fake, dir)
    await vault.write('s3nha-secreta')
    expect(await readFile(join(dir, 'team', 'password.enc'), 'utf8')).not.toContain('s3nha')
    expect(await vault.read()).toBe('s3nha-secreta')
    const unavailable = safeStorageVault({ ...fake, isEncryptionAvailable: () => false }, dir)
    await expect(unavailable.write('x')).rejects.toThrow(/ROTEIRO_TEAM_PASSWORD/)
  })
})
