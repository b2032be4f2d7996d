/** The contract's team-mode methods, over the team engine, the ticket store and the settings. */
import { ApiError, type ApiImplementation } from '../../core/api/contract'
import { currentAssignment, handOff, isHandedTo, isTier } from '../../core/team/handoff'
import {
  rangeDays,
  supervisorReport,
  type SupervisorArticleLookup,
} from '../../core/team/supervisor'
import { supervisorCsv } from '../../core/team/supervisor-csv'
import type { Assignment } from '../../core/team/types'
import type { Ticket } from '../../core/tickets/types'
import type { SettingsStore } from '../settings'
import type { TicketRecords } from '../tickets/ticket-store'
import type { TeamEngine } from './team-engine'

export interface TeamApiOptions {
  engine: TeamEngine
  settings: SettingsStore
  store: () => Promise<Pick<TicketRecords, 'all' | 'update'>>
  now: () => Date
  /** Articles as the knowledge base has them now (titles, steps). */
  articles: () => Promise<SupervisorArticleLookup>
  /** A ticket changed locally (the host tells its windows and the engine). */
  changed: () => void
}

type TeamMethods = Pick<
  ApiImplementation,
  | 'teamStatus'
  | 'teamSyncNow'
  | 'setTeamPassword'
  | 'handoffTicket'
  | 'teamInbox'
  | 'supervisorReport'
  | 'exportSupervisorReport'
>

/** The agent's name in the team: the CouchDB user, else the name in Settings. */
function teamName(settings: SettingsStore): string {
  const s = settings.get()
  const name = s.teamUser || s.agentName.trim()
  if (!name)
    throw new ApiError(
      'bad-arguments',
      'Informe o seu usuário da equipe nas configurações antes de encaminhar chamados.',
    )
  return name
}

function checkedRange(from: string, to: string): { from: string; to: string } {
  try {
    rangeDays({ from, to })
  } catch {
    throw new ApiError('bad-arguments', 'Período inválido: a data final vem antes da inicial.')
  }
  return { from, to }
}

/** Builds the team methods of the API. */
export function teamApi(options: TeamApiOptions): TeamMethods {
  const { engine, settings } = options
  const view = async (from: string, to: string) => {
    const range = checkedRange(from, to)
    const [records, status, lookup] = await Promise.all([
      engine.records(),
      engine.status(),
      options.articles(),
    ])
    return {
      report: supervisorReport(records, range, lookup),
      tickets: records.length,
      lastSyncAt: status.lastSyncAt,
      offline: !status.enabled || status.error !== null || status.lastSyncAt === null,
    }
  }
  return {
    teamStatus: () => engine.status(),
    teamSyncNow: () => engine.syncNow(),
    setTeamPassword: async ({ password }: { password: string | null }) => {
      await engine.setPassword(password)
      return { stored: password !== null }
    },
    handoffTicket: async ({ number, to, note }: { number: string; to: string; note?: string }) => {
      const from = teamName(settings)
      const store = await options.store()
      const ticket = await store.update(number, (current: Ticket | null) => {
        if (!current) throw new ApiError('not-found', `Chamado não encontrado: ${number}`)
        return handOff(current, { from, to, note }, options.now)
      })
      options.changed()
      return ticket!
    },
    teamInbox: async () => {
      const s = settings.get()
      const user = s.teamUser || s.agentName.trim()
      if (!user) return []
      const tier = isTier(s.teamTier) ? s.teamTier : null
      const inbox: Assignment[] = []
      for (const ticket of await (await options.store()).all())
        if (isHandedTo(ticket, user, tier)) inbox.push(currentAssignment(ticket)!)
      return inbox.sort((a, b) => (a.at < b.at ? 1 : -1))
    },
    supervisorReport: ({ from, to }: { from: string; to: string }) => view(from, to),
    exportSupervisorReport: async ({ from, to }: { from: string; to: string }) => {
      const { report } = await view(from, to)
      return {
        filename: `equipe_${from}_${to}.csv`,
        mime: 'text/csv;charset=utf-8',
        content: supervisorCsv(report),
      }
    },
  }
}
