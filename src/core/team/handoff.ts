/** Hand-off ("Encaminhar"): a ticket sent to another agent or tier, with a note. */
import { ApiError } from '../api/contract'
import type { Now } from '../tickets/model'
import { storedTicket } from '../tickets/schema'
import type { Ticket } from '../tickets/types'
import { TIERS, type Assignment, type Attribution, type Tier } from './types'

/** True for N1, N2, N3. */
export function isTier(value: string): value is Tier {
  return (TIERS as readonly string[]).includes(value)
}

/** Checks a hand-off target: a tier (any case) or an agent's name; returns it normalized. */
export function handoffTarget(to: string): string {
  const trimmed = to.trim()
  if (isTier(trimmed.toUpperCase())) return trimmed.toUpperCase()
  if (!/^[a-z0-9][a-z0-9._@-]{0,99}$/i.test(trimmed))
    throw new ApiError(
      'bad-arguments',
      `Destino inválido: "${to}". Use N1, N2, N3 ou o usuário de um atendente.`,
    )
  return trimmed
}

/** Hands the ticket to `to` (an agent or a tier) with a note; the history keeps who, when, why. */
export function handOff(
  ticket: Ticket,
  handoff: { from: string; to: string; note?: string },
  now: Now,
): Ticket {
  if (ticket.status === 'closed')
    throw new ApiError(
      'conflict',
      `O chamado ${ticket.number} está encerrado: reabra-o antes de encaminhá-lo.`,
    )
  const to = handoffTarget(handoff.to)
  if (to === handoff.from)
    throw new ApiError('bad-arguments', `O chamado ${ticket.number} já está com ${to}.`)
  const at = now().toISOString()
  return storedTicket({
    ...ticket,
    updatedAt: at,
    history: [
      ...ticket.history,
      { type: 'handed-off', at, from: handoff.from, to, note: (handoff.note ?? '').trim() },
    ],
  })
}

/** The ticket's last hand-off, or null when it was never handed off. */
export function currentAssignment(ticket: Ticket): Assignment | null {
  for (let i = ticket.history.length - 1; i >= 0; i--) {
    const event = ticket.history[i]
    if (event?.type === 'handed-off')
      return {
        number: ticket.number,
        from: event.from,
        to: event.to,
        at: event.at,
        note: event.note,
      }
  }
  return null
}

/** The ticket's tier: the last tier it was handed to, N1 until then. */
export function ticketTier(ticket: Ticket): Tier {
  for (let i = ticket.history.length - 1; i >= 0; i--) {
    const event = ticket.history[i]
    if (event?.type === 'handed-off' && isTier(event.to)) return event.to
  }
  return 'N1'
}

/** True when the ticket was last handed to this agent, or to this agent's tier. */
export function isHandedTo(ticket: Ticket, user: string, tier: Tier | null): boolean {
  const assignment = currentAssignment(ticket)
  if (!assignment || ticket.status === 'closed') return false
  return assignment.to === user || (tier !== null && assignment.to === tier)
}

/**
 * True when the agent's data folder should hold this ticket: the agent recorded something on it,
 * or it is handed to them. Other team tickets stay in the replica, for the supervisor view.
 */
export function concernsAgent(
  record: { ticket: Ticket; by: Attribution },
  user: string,
  tier: Tier | null,
): boolean {
  return (
    Object.values(record.by).includes(user) ||
    currentAssignment(record.ticket)?.from === user ||
    isHandedTo(record.ticket, user, tier)
  )
}
