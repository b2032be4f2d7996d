/**
 * The stored shape of a ticket, checked with zod on every read and import. Older schema versions
 * are migrated here; a version newer than this build knows is refused, never guessed at.
 */
import { z } from 'zod'
import { TICKET_SCHEMA_VERSION, type Ticket } from './types'

const TIME = z.string().min(1)
const KEY = z.string().min(1)

const STEP_STATE = z.object({
  done: z.boolean(),
  at: TIME,
  note: z.string(),
  label: z.string(),
})

const EVENT = z.discriminatedUnion('type', [
  z.object({ type: z.literal('opened'), at: TIME }),
  z.object({ type: z.literal('step-checked'), at: TIME, articleId: KEY, stepKey: KEY }),
  z.object({ type: z.literal('step-unchecked'), at: TIME, articleId: KEY, stepKey: KEY }),
  z.object({
    type: z.literal('step-note'),
    at: TIME,
    articleId: KEY,
    stepKey: KEY,
    note: z.string(),
  }),
  z.object({ type: z.literal('note-edited'), at: TIME }),
  z.object({ type: z.literal('article-linked'), at: TIME, articleId: KEY }),
  z.object({ type: z.literal('article-unlinked'), at: TIME, articleId: KEY }),
  z.object({ type: z.literal('details-edited'), at: TIME }),
  z.object({ type: z.literal('reply-copied'), at: TIME, articleId: KEY }),
  z.object({ type: z.literal('exported'), at: TIME, format: z.string() }),
  z.object({ type: z.literal('closed'), at: TIME }),
  z.object({ type: z.literal('reopened'), at: TIME }),
  z.object({
    type: z.literal('handed-off'),
    at: TIME,
    from: z.string().min(1),
    to: z.string().min(1),
    note: z.string(),
  }),
])

/** Schema of a current-version ticket record. */
export const TICKET_SCHEMA = z.object({
  schemaVersion: z.number().int().min(1).max(TICKET_SCHEMA_VERSION),
  number: z.string().min(1).max(40),
  requester: z.string(),
  organization: z.string(),
  createdAt: TIME,
  updatedAt: TIME,
  closedAt: TIME.nullable(),
  status: z.enum(['open', 'closed']),
  articles: z.array(KEY),
  steps: z.record(z.string(), z.record(z.string(), STEP_STATE)),
  replyValues: z.record(z.string(), z.record(z.string(), z.string())),
  replyVariants: z.record(z.string(), z.number().int().min(0)).optional(),
  notes: z.string(),
  history: z.array(EVENT),
})

/** Thrown when a stored or imported record cannot be read as a ticket. */
export class TicketSchemaError extends Error {
  override name = 'TicketSchemaError'
  constructor(
    message: string,
    /** True when the record comes from a newer version of the app (keep it, do not move it aside). */
    readonly future = false,
  ) {
    super(message)
  }
}

/** Reads any stored/imported ticket record, migrating older versions; throws TicketSchemaError. */
export function migrateTicket(raw: unknown): Ticket {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new TicketSchemaError('O registro do chamado não é um objeto JSON.')
  const version = (raw as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > TICKET_SCHEMA_VERSION)
    throw new TicketSchemaError(
      `Este chamado foi gravado por uma versão mais nova do Roteiro (esquema ${version}; ` +
        `esta versão lê até o ${TICKET_SCHEMA_VERSION}). Atualize o Roteiro para abri-lo.`,
      true,
    )
  // Versions 1 and 2 differ only by the hand-off event, which version 1 never holds: nothing to
  // migrate yet. Future migrations go here, each taking version n to n + 1.
  const result = TICKET_SCHEMA.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.length ? ` (campo ${issue.path.join('.')})` : ''
    throw new TicketSchemaError(`Registro de chamado inválido${where}: ${issue?.message ?? ''}`)
  }
  return storedTicket(result.data as Ticket)
}

/** The lowest schema version that holds `ticket`: what older builds must know to read it. */
export function schemaVersionFor(ticket: Ticket): number {
  return ticket.history.some((event) => event.type === 'handed-off') ? 2 : 1
}

/** `ticket` as it is written to a file, a backup or the team database: with its lowest version. */
export function storedTicket(ticket: Ticket): Ticket {
  const schemaVersion = schemaVersionFor(ticket)
  return ticket.schemaVersion === schemaVersion ? ticket : { ...ticket, schemaVersion }
}
