/**
 * One round of team replication: ticket files → replica, pull from the server, merge (files and
 * conflicts), push to the server. Every step is safe to interrupt: the files are written
 * atomically, the replica is LevelDB, PouchDB checkpoints replication, and the merge is
 * idempotent, so the next round picks up where a killed one stopped.
 */
import { checkServerUrl } from '../../core/team/server-url'
import type { SyncReport, TeamErrorInfo, Tier } from '../../core/team/types'
import { TicketStore, type TicketRecords } from '../tickets/ticket-store'
import { mirror } from './mirror'
import { classifyError, openRemote, openReplica, TeamError, type TeamDb } from './replica'
import { readTeamStatus, writeTeamStatus } from './status-file'

export interface SyncOptions {
  dataDir: string
  server: string
  user: string
  password: string
  tier?: Tier | null
  allowInsecure?: boolean
  /** The host's ticket store (default: one opened on dataDir). */
  store?: Pick<TicketRecords, 'all' | 'update'>
  /** The host's open replica (default: opened here and closed at the end). */
  db?: TeamDb
  now?: () => Date
  /** Progress lines ("pulled 200"), for the CLI. */
  progress?: (line: string) => void
  timeoutMs?: number
}

export type SyncOutcome =
  { ok: true; report: SyncReport } | { ok: false; error: TeamErrorInfo; report: SyncReport }

/** Changes in the replica after `since` that the server does not have yet (ticket documents). */
export async function pendingChanges(db: TeamDb, since: number | string): Promise<number> {
  const changes = await db.changes({ since, limit: 100_000 })
  return new Set(changes.results.map((c) => c.id).filter((id) => id.startsWith('ticket:'))).size
}

/** Runs one round; never throws for a server problem (the outcome says what went wrong). */
export async function syncRound(options: SyncOptions): Promise<SyncOutcome> {
  const now = options.now ?? (() => new Date())
  const report: SyncReport = {
    pushed: 0,
    pulled: 0,
    merged: 0,
    updatedLocally: 0,
    rejected: [],
    unreadable: [],
  }
  const stored = await readTeamStatus(options.dataDir)
  stored.lastAttemptAt = now().toISOString()
  const progress = options.progress ?? (() => {})
  const mirrorOptions = { user: options.user, tier: options.tier ?? null }
  let db = options.db
  const ownDb = !db
  try {
    db ??= await openReplica(options.dataDir)
    const store = options.store ?? (await TicketStore.open(options.dataDir))
    const add = (m: Awaited<ReturnType<typeof mirror>>) => {
      report.merged += m.merged
      report.updatedLocally += m.updatedLocally
      for (const id of m.unreadable) if (!report.unreadable.includes(id)) report.unreadable.push(id)
    }
    add(await mirror(db, store, mirrorOptions))
    progress('local changes recorded in the replica')
    const checked = checkServerUrl(options.server, options.allowInsecure)
    if (!checked.ok) throw new TeamError(checked.error)
    const remote = openRemote(checked.url, options.user, options.password, options.timeoutMs)
    try {
      await remote.info().catch((error: unknown) => {
        throw classifyError(error, checked.url, options.user)
      })
      const pull = await db.replicate.from(remote, { batch_size: 100 }).catch((error: unknown) => {
        throw classifyError(error, checked.url, options.user)
      })
      report.pulled = pull.docs_written
      progress(`pulled ${pull.docs_written}`)
      add(await mirror(db, store, mirrorOptions))
      const seq = (await db.info()).update_seq
      const push = await db.replicate.to(remote, { batch_size: 100 }).catch((error: unknown) => {
        throw classifyError(error, checked.url, options.user)
      })
      report.pushed = push.docs_written
      for (const failure of push.errors as { id?: string; name?: string }[])
        if (failure.id) report.rejected.push(failure.id.replace(/^ticket:/, ''))
      progress(`pushed ${push.docs_written}`)
      if (report.rejected.length)
        throw new TeamError({
          code: 'forbidden',
          params: { user: options.user, detail: report.rejected.join(', ') },
        })
      stored.pushedSeq = seq
      stored.lastSyncAt = now().toISOString()
      stored.error = null
    } finally {
      await remote.close().catch(() => {})
    }
    stored.pending = await pendingChanges(db, stored.pushedSeq)
    stored.lastReport = report
    await writeTeamStatus(options.dataDir, stored)
    return { ok: true, report }
  } catch (error) {
    const failure = classifyError(error, options.server, options.user)
    if (
      !(error instanceof TeamError) &&
      failure.info.code === 'unreachable' &&
      !isNetworkError(error)
    )
      throw error
    stored.error = failure.info
    stored.lastReport = report
    if (db) stored.pending = await pendingChanges(db, stored.pushedSeq).catch(() => stored.pending)
    await writeTeamStatus(options.dataDir, stored)
    return { ok: false, error: failure.info, report }
  } finally {
    if (ownDb && db) await db.close().catch(() => {})
  }
}

/** True for failures of the network itself (refused, DNS, reset, timeout). */
function isNetworkError(error: unknown): boolean {
  const e = error as { code?: string; name?: string; type?: string; message?: string }
  return (
    /^E[A-Z]+/.test(e.code ?? '') ||
    e.name === 'AbortError' ||
    e.name === 'TimeoutError' ||
    e.name === 'FetchError' ||
    /request to .* failed|aborted|timeout/i.test(e.message ?? '')
  )
}
