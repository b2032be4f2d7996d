/** Ticket numbers: what an agent may type as one, checked the same way by every host and the UI. */
import { z } from 'zod'

/** A ticket number as the agent types it: trimmed; letters, digits and - . /; at most 40. */
export const TICKET_NUMBER = z
  .string()
  .trim()
  .min(1, 'O número do chamado está vazio.')
  .max(40, 'O número do chamado tem mais de 40 caracteres.')
  .regex(/^[A-Za-z0-9./-]+$/, 'O número do chamado aceita só letras, dígitos e - . /')

export type TicketNumberCheck = { ok: true; number: string } | { ok: false; message: string }

/** Checks a ticket number as the agent typed it (trimmed; letters, digits and - . /; ≤ 40). */
export function checkTicketNumber(input: string): TicketNumberCheck {
  const result = TICKET_NUMBER.safeParse(input)
  if (result.success) return { ok: true, number: result.data }
  return { ok: false, message: result.error.issues[0]?.message ?? 'Número do chamado inválido.' }
}
