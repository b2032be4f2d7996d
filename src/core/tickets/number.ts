import { TICKET_NUMBER } from '../api/contract'

export type TicketNumberCheck = { ok: true; number: string } | { ok: false; message: string }

/** Checks a ticket number as the agent typed it (trimmed; letters, digits and - . /; ≤ 40). */
export function checkTicketNumber(input: string): TicketNumberCheck {
  const result = TICKET_NUMBER.safeParse(input)
  if (result.success) return { ok: true, number: result.data }
  return { ok: false, message: result.error.issues[0]?.message ?? 'Número do chamado inválido.' }
}
