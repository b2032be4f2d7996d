/**
 * Team mode in a long-running host (desktop app, browser mode): rounds run in the background,
 * after local changes (debounced) and on a timer, with a growing pause after failures. A round
 * never blocks the UI nor a write: the app keeps writing ticket files, the next round takes them.
 */
import { isTier } from '../../core/team/handoff'
import type { TeamErrorInfo, TeamRecord, TeamStatus } from '../../core/team/types'
import type { SettingsStore } from '../settings'
import { TicketStore, type TicketRecords } from '../tickets/ticket-store'
import { replicaRecords } from './mirror'
import type { PasswordVault } from './password'
import { openReplica, TeamError, type TeamDb } from './replica'
import { readTeamStatus } from './status-file'
import { pendingChanges, syncRound } from './sync-round'

export interface TeamEngineOptions {
  dataDir: string
  settings: SettingsStore
  vault: PasswordVault
  now?: () => Date
  /** The host's ticket store, so mirror writes queue with the app's own (default: opened here). */
  store?: () => Promise<Pick<TicketRecords, 'all' | 'update'>>
  /** Ticket files changed by a round (the host tells its windows). */
  onTicketsChanged?: () => void
  /** The status changed (a round started or ended). */
  onStatus?: (status: TeamStatus) => void
  intervalMs?: number
  /** Wait after a local change before a round (several quick changes make one round). */
  debounceMs?: number
}

export interface TeamEngine {
  status(): Promise<TeamStatus>
  /** Runs a round now (or joins the running one) and returns the status after it. */
  syncNow(): Promise<TeamStatus>
  /** A ticket was written locally: schedule a round soon. */
  notifyLocalChange(): void
  /** Every team ticket in the local replica (what was last replicated). */
  records(): Promise<TeamRecord[]>
  setPassword(password: string | null): Promise<void>
  close(): Promise<void>
}

const MAX_BACKOFF_MS = 5 * 60_000

/** Starts team mode for a host; it stays idle while team mode is off in the settings. */
export function createTeamEngine(options: TeamEngineOptions): TeamEngine {
  const interval = options.intervalMs ?? 15_000
  const debounce = options.debounceMs ?? 2_000
  let db: TeamDb | null = null
  let running: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let failures = 0
  let closed = false
  let lastLocalError: TeamErrorInfo | null = null
  let own: Promise<TicketStore> | null = null
  const store =
    options.store ?? (() => (own ??= TicketStore.open(options.dataDir, { log: () => {} })))

  const replica = async (): Promise<TeamDb> => (db ??= await openReplica(options.dataDir))

  const status = async (): Promise<TeamStatus> => {
    const s = options.settings.get()
    const stored = await readTeamStatus(options.dataDir)
    let pending = stored.pending
    if (db) pending = await pendingChanges(db, stored.pushedSeq).catch(() => pending)
    return {
      enabled: s.teamEnabled,
      server: s.teamServer || null,
      user: s.teamUser || null,
      syncing: running !== null,
      lastSyncAt: stored.lastSyncAt,
      lastAttemptAt: stored.lastAttemptAt,
      pending,
      error: lastLocalError ?? stored.error,
      lastReport: stored.lastReport,
    }
  }

  const announce = () => {
    if (options.onStatus) void status().then(options.onStatus, () => {})
  }

  const runRound = async (): Promise<void> => {
    const s = options.settings.get()
    const password = await options.vault.read().catch(() => null)
    if (!s.teamServer || !s.teamUser || password === null) {
      lastLocalError = { code: 'not-configured', params: {} }
      return
    }
    lastLocalError = null
    let database: TeamDb
    try {
      database = await replica()
    } catch (error) {
      if (!(error instanceof TeamError)) throw error
      lastLocalError = error.info
      failures++
      return
    }
    const outcome = await syncRound({
      dataDir: options.dataDir,
      server: s.teamServer,
      user: s.teamUser,
      password,
      tier: isTier(s.teamTier) ? s.teamTier : null,
      allowInsecure: s.teamAllowHttp,
      store: await store(),
      db: database,
      now: options.now,
    })
    failures = outcome.ok ? 0 : failures + 1
    if (outcome.report.updatedLocally) options.onTicketsChanged?.()
  }

  const round = (): Promise<void> => {
    if (running) return running
    running = runRound()
      .catch((error: unknown) => {
        // Details to the host's log only; never the password (it is not in the error).
        console.error('[roteiro] team sync failed:', error)
        failures++
      })
      .finally(() => {
        running = null
        announce()
        schedule()
      })
    announce()
    return running
  }

  function schedule(delay?: number): void {
    if (timer) clearTimeout(timer)
    timer = null
    if (closed || !options.settings.get().teamEnabled) return
    const wait = delay ?? (failures ? Math.min(MAX_BACKOFF_MS, interval * 2 ** failures) : interval)
    timer = setTimeout(() => void round(), wait)
    timer.unref?.()
  }

  const unsubscribe = options.settings.onChange(() => schedule(debounce))
  schedule(debounce)

  return {
    status,
    async syncNow() {
      await round()
      return status()
    },
    notifyLocalChange() {
      if (!running) schedule(debounce)
    },
    async records() {
      return replicaRecords(await replica())
    },
    async setPassword(password) {
      await options.vault.write(password)
      lastLocalError = null
      schedule(0)
    },
    async close() {
      closed = true
      unsubscribe()
      if (timer) clearTimeout(timer)
      await running
      await db?.close().catch(() => {})
      db = null
    },
  }
}
