/** The service every host runs: the contract's methods over knowledge, tickets, team and host. */
import type { ApiEvent, ApiImplementation } from '../../core/api/contract'
import type { HostInfo } from '../../core/api/types'
import { BUNDLED_KNOWLEDGE_DIR } from '../paths'
import type { SettingsStore } from '../settings'
import { exportApi } from './export-api'
import type { HostHooks } from './hooks'
import { hostApi } from './host-api'
import { knowledgeApi } from './knowledge-api'
import { createKnowledgeState } from './knowledge-state'
import type { ServiceBackends } from './ports'
import { ticketApi, type TicketsChanged } from './ticket-api'
import { environmentOr, fileVault, type PasswordVault } from '../team/password'
import { teamApi } from '../team/team-api'
import { createTeamEngine } from '../team/team-engine'
import { TicketStore } from '../tickets/ticket-store'

export interface RoteiroServiceOptions {
  knowledgeDirs: string[]
  dataDir: string
  settings: SettingsStore
  host: HostInfo
  now?: () => Date
  hooks?: HostHooks
  /** The real modules by default; tests pass fakes. */
  backends?: ServiceBackends
  /** The bundled search worker script (the Electron main build emits one; see openSearch). */
  searchWorkerUrl?: URL
  /** Reload when knowledge files change (default true). */
  watch?: boolean
  /** Start loading the knowledge at once (default true); else on the first call that needs it. */
  loadAtStart?: boolean
  /** The folder shown as "bundled" in the status (default: the repository's knowledge/). */
  bundledDir?: string | null
  /** Where the team password is kept (the desktop passes safeStorage; default: env or 0600 file). */
  teamVault?: PasswordVault
}

export interface RoteiroService {
  /** The contract's methods over validated arguments; hosts call them through `dispatch`. */
  api: ApiImplementation
  /** Subscribes to host events; returns the function that unsubscribes. */
  events: (listener: (event: ApiEvent) => void) => () => void
  /** Emits an event to every subscriber (hosts push open-article / focus-search through it). */
  emit: (event: ApiEvent) => void
  /** The knowledge roots in use, in index order (for image URLs). */
  knowledgeRoots: () => string[]
  close(): Promise<void>
}

/**
 * The API implemented over the knowledge, search and ticket modules. Arguments are validated by
 * `dispatch` (every host calls through it); the methods trust their arguments' shape.
 */
export async function createRoteiroService(opts: RoteiroServiceOptions): Promise<RoteiroService> {
  const now = opts.now ?? (() => new Date())
  const hooks = opts.hooks ?? {}
  const backends =
    opts.backends ??
    (await import('./default-backends')).createDefaultBackends(now, {
      searchWorkerUrl: opts.searchWorkerUrl,
    })
  const listeners = new Set<(event: ApiEvent) => void>()
  const emit = (event: ApiEvent): void => {
    for (const listener of listeners) {
      try {
        listener(event)
      } catch {
        // A broken subscriber (a closed window, a dropped HTTP stream) must not stop the others.
      }
    }
  }
  const knowledge = createKnowledgeState({
    baseDirs: opts.knowledgeDirs,
    bundledDir: opts.bundledDir === undefined ? BUNDLED_KNOWLEDGE_DIR : opts.bundledDir,
    dataDir: opts.dataDir,
    settings: opts.settings,
    knowledge: backends.knowledge,
    search: backends.search,
    onChanged: (status) => emit({ type: 'knowledge-changed', status }),
    watch: opts.watch ?? true,
    loadAtStart: opts.loadAtStart ?? true,
  })
  const tickets = backends.tickets(opts.dataDir)
  const docs = backends.documents

  let teamRecords: Promise<TicketStore> | null = null
  const teamStore = () => (teamRecords ??= TicketStore.open(opts.dataDir, { now, log: () => {} }))
  const team = createTeamEngine({
    dataDir: opts.dataDir,
    settings: opts.settings,
    vault: opts.teamVault ?? environmentOr(fileVault(opts.dataDir)),
    now,
    store: teamStore,
    onTicketsChanged: () => emit({ type: 'tickets-changed' }),
    onStatus: (status) => emit({ type: 'team-status', status }),
  })
  const changed: TicketsChanged = (value) => {
    emit({ type: 'tickets-changed' })
    team.notifyLocalChange()
    return value
  }

  const api = {
    ...knowledgeApi(knowledge, backends.knowledge),
    ...ticketApi({ tickets, docs, knowledge, settings: opts.settings, hooks, changed }),
    ...exportApi({ tickets, docs, knowledge, hooks, now, changed }),
    ...teamApi({
      engine: team,
      settings: opts.settings,
      store: teamStore,
      now,
      changed: () => changed(undefined),
      articles: async () => {
        const { kb } = await knowledge.current()
        return (id) => kb.byId.get(id)
      },
    }),
    ...hostApi({ host: opts.host, hooks, settings: opts.settings, knowledge, emit }),
  } satisfies ApiImplementation

  return {
    api,
    events: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    emit,
    knowledgeRoots: () => knowledge.indexRoots(),
    async close() {
      listeners.clear()
      await team.close()
      await knowledge.close()
      await tickets.dispose?.()
    },
  }
}
