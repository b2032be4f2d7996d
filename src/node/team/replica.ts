/**
 * The local replica: a PouchDB database (LevelDB) in `<dataDir>/team/replica` that replicates
 * with the team server. It mirrors the ticket files; it is not where the app writes tickets.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import PouchDB, { type Database } from 'pouchdb'
import type { TeamErrorInfo } from '../../core/team/types'

export type TeamDb = Database

/** Thrown for a failed round; `info` is what the UI and the CLI word. */
export class TeamError extends Error {
  override name = 'TeamError'
  constructor(readonly info: TeamErrorInfo) {
    super(info.code)
  }
}

/** The folder of team mode's files in a data folder. */
export function teamDir(dataDir: string): string {
  return join(dataDir, 'team')
}

/** Opens the local replica; a replica another process holds open is reported as 'busy'. */
export async function openReplica(dataDir: string): Promise<TeamDb> {
  await mkdir(teamDir(dataDir), { recursive: true })
  const db = new PouchDB(join(teamDir(dataDir), 'replica'), { auto_compaction: true })
  try {
    await db.info()
  } catch (error) {
    if (/lock/i.test(String((error as Error).message)))
      throw new TeamError({ code: 'busy', params: {} })
    throw error
  }
  return db
}

/** The fetch PouchDB uses for the server: every request gives up after `timeoutMs`. */
function fetchWithTimeout(timeoutMs: number) {
  return (url: string, init?: object) =>
    PouchDB.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
}

/** The team database on the server, with the agent's credentials (never put in the URL). */
export function openRemote(
  url: string,
  user: string,
  password: string,
  timeoutMs = 30_000,
): TeamDb {
  return new PouchDB(url, {
    skip_setup: true,
    auth: { username: user, password },
    fetch: fetchWithTimeout(timeoutMs),
  })
}

/** Turns a PouchDB/fetch failure into a team error code (no credentials in the parameters). */
export function classifyError(error: unknown, url: string, user: string): TeamError {
  if (error instanceof TeamError) return error
  const e = (error ?? {}) as { status?: number; name?: string; code?: string; message?: string }
  const host = safeHost(url)
  if (e.status === 401 || e.name === 'unauthorized')
    return new TeamError({ code: 'unauthorized', params: { user, host } })
  if (e.status === 403 || e.name === 'forbidden')
    return new TeamError({ code: 'forbidden', params: { user, detail: e.message ?? '' } })
  if (e.status === 404 || e.name === 'not_found')
    return new TeamError({ code: 'no-database', params: { url: publicUrl(url) } })
  if (typeof e.status === 'number' && e.status >= 400)
    return new TeamError({ code: 'server-error', params: { status: e.status } })
  return new TeamError({ code: 'unreachable', params: { host } })
}

function safeHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** The URL as it may be shown: without any credentials. */
export function publicUrl(url: string): string {
  try {
    const u = new URL(url)
    u.username = ''
    u.password = ''
    return u.href
  } catch {
    return url
  }
}
