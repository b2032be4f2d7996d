/**
 * A CouchDB-compatible team server for tests: pouchdb-server in memory on 127.0.0.1 (a free
 * port, its own temporary folder), or the real CouchDB named by COUCHDB_URL
 * (http://admin:password@host:port). Each test server gets a fresh database with the team
 * design document and security, and its own users.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { teamDesignDoc, teamSecurity } from '../../../core/team/design-doc'

export interface TestServer {
  /** Base URL without credentials, e.g. http://127.0.0.1:5999 */
  base: string
  /** The team database URL without credentials. */
  dbUrl: string
  addUser(name: string, password: string, roles?: string[]): Promise<void>
  /** An admin request to the server (path from the base). */
  admin(path: string, init?: { method?: string; body?: unknown }): Promise<Response>
  stop(): Promise<void>
}

const ADMIN = { user: 'admin', password: 'admin-secret' }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function waitForServer(base: string, child: ChildProcess | null): Promise<void> {
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child && child.exitCode !== null)
      throw new Error(`pouchdb-server exited (${child.exitCode})`)
    try {
      const response = await fetch(base + '/')
      if (response.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no test server at ${base} after 60 s`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Starts (or connects to) a test server with a fresh team database. */
export async function startTestServer(): Promise<TestServer> {
  let child: ChildProcess | null = null
  let folder: string | null = null
  let base: string
  let auth: string
  const external = process.env.COUCHDB_URL
  if (external) {
    const url = new URL(external)
    auth =
      'Basic ' +
      Buffer.from(
        `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`,
      ).toString('base64')
    url.username = ''
    url.password = ''
    base = url.href.replace(/\/+$/, '')
  } else {
    folder = await mkdtemp(join(tmpdir(), 'roteiro-couch-'))
    const port = await freePort()
    const bin = fileURLToPath(new URL('./pouchdb-server-launcher.mjs', import.meta.url))
    child = spawn(
      process.execPath,
      [bin, '--in-memory', '--host', '127.0.0.1', '--port', String(port)],
      {
        cwd: folder,
        stdio: 'ignore',
      },
    )
    base = `http://127.0.0.1:${port}`
    auth = 'Basic ' + Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')
  }
  const admin = (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(base + path, {
      method: init.method ?? 'GET',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
  try {
    await waitForServer(base, child)
    if (child) {
      // Leave "admin party": without an admin every request would be an admin's.
      const made = await fetch(`${base}/_config/admins/${ADMIN.user}`, {
        method: 'PUT',
        body: JSON.stringify(ADMIN.password),
      })
      if (!made.ok) throw new Error(`could not create the admin: ${made.status}`)
    }
    const db = `roteiro_team_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
    const must = async (response: Promise<Response>, what: string) => {
      const r = await response
      if (!r.ok && r.status !== 412) throw new Error(`${what}: ${r.status} ${await r.text()}`)
    }
    await must(admin('/_users', { method: 'PUT' }), 'create _users')
    await must(admin(`/${db}`, { method: 'PUT' }), 'create the team database')
    await must(admin(`/${db}/_security`, { method: 'PUT', body: teamSecurity() }), 'security')
    await must(
      admin(`/${db}/${teamDesignDoc()._id}`, { method: 'PUT', body: teamDesignDoc() }),
      'design doc',
    )
    const users: string[] = []
    return {
      base,
      dbUrl: `${base}/${db}`,
      admin,
      async addUser(name, password, roles = ['agent']) {
        users.push(name)
        await must(
          admin(`/_users/org.couchdb.user:${name}`, {
            method: 'PUT',
            body: { name, password, roles, type: 'user' },
          }),
          `user ${name}`,
        )
      },
      async stop() {
        if (external) {
          await admin(`/${db}`, { method: 'DELETE' }).catch(() => {})
          for (const name of users) {
            const r = await admin(`/_users/org.couchdb.user:${name}`).catch(() => null)
            const doc = r?.ok ? ((await r.json()) as { _rev: string }) : null
            if (doc)
              await admin(`/_users/org.couchdb.user:${name}?rev=${doc._rev}`, { method: 'DELETE' })
          }
        }
        await stopChild(child)
        if (folder) await rm(folder, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await stopChild(child)
    if (folder) await rm(folder, { recursive: true, force: true })
    throw error
  }
}

async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}
