/**
 * The one API contract. Every host (Electron IPC, the loopback HTTP bridge, the CLI) and every
 * client (preload, renderer) is derived from this table: method names, argument schemas and
 * result types. Arguments are validated with these schemas at every boundary.
 */
import { z } from 'zod'
import { TICKET_NUMBER } from '../tickets/number'
import type { TeamStatus } from '../team/types'
import {
  ARTICLE_ID,
  BULK_EXPORT_FORMAT,
  DAY,
  ISO_DATE,
  LONG_TEXT,
  REPLY_VALUES,
  REPLY_VARIANT,
  SEARCH_FILTERS,
  SETTINGS_PATCH,
  SHORT_TEXT,
  STEP_KEY,
  TICKET_EXPORT_FORMAT,
} from './argument-schemas'
import { ApiError } from './errors'
import type { ApiResults } from './results'
import type { KnowledgeStatus } from './types'

export { TICKET_NUMBER } from '../tickets/number'
export { SETTINGS_PATCH } from './argument-schemas'
export type { ApiResults, SupervisorView } from './results'

/** Argument schema of every method. */
export const API_ARGS = {
  // knowledge
  search: z
    .object({
      // Any length: the search reads the first 20,000 characters and says so (truncated).
      query: z.string(),
      limit: z.number().int().min(1).max(200).optional(),
      filters: SEARCH_FILTERS.optional(),
    })
    .strict(),
  listArticles: z.object({}).strict(),
  getArticle: z.object({ id: ARTICLE_ID }).strict(),
  resolveWikiLink: z.object({ url: z.string().max(4000) }).strict(),
  lintReport: z.object({}).strict(),
  knowledgeStatus: z.object({}).strict(),
  addKnowledgeRoot: z.object({ dir: z.string().min(1).max(4000) }).strict(),
  removeKnowledgeRoot: z.object({ dir: z.string().min(1).max(4000) }).strict(),
  reloadKnowledge: z.object({}).strict(),
  // tickets
  openTicket: z
    .object({
      number: TICKET_NUMBER,
      requester: SHORT_TEXT.optional(),
      organization: SHORT_TEXT.optional(),
      articleIds: z.array(ARTICLE_ID).max(50).optional(),
    })
    .strict(),
  getTicket: z.object({ number: TICKET_NUMBER }).strict(),
  listTickets: z
    .object({ since: ISO_DATE.optional(), status: z.enum(['open', 'closed']).optional() })
    .strict(),
  updateTicket: z
    .object({
      number: TICKET_NUMBER,
      requester: SHORT_TEXT.optional(),
      organization: SHORT_TEXT.optional(),
      notes: LONG_TEXT.optional(),
    })
    .strict(),
  linkArticle: z.object({ number: TICKET_NUMBER, articleId: ARTICLE_ID }).strict(),
  unlinkArticle: z.object({ number: TICKET_NUMBER, articleId: ARTICLE_ID }).strict(),
  setStep: z
    .object({
      number: TICKET_NUMBER,
      articleId: ARTICLE_ID,
      stepKey: STEP_KEY,
      done: z.boolean(),
      note: LONG_TEXT.optional(),
    })
    .strict(),
  setStepNote: z
    .object({ number: TICKET_NUMBER, articleId: ARTICLE_ID, stepKey: STEP_KEY, note: LONG_TEXT })
    .strict(),
  /** An article's checklist with what the ticket recorded (or nothing, without a ticket). */
  getChecklist: z.object({ articleId: ARTICLE_ID, number: TICKET_NUMBER.optional() }).strict(),
  closeTicket: z.object({ number: TICKET_NUMBER }).strict(),
  reopenTicket: z.object({ number: TICKET_NUMBER }).strict(),
  // reply
  renderReply: z
    .object({
      articleId: ARTICLE_ID,
      number: TICKET_NUMBER.optional(),
      values: REPLY_VALUES.optional(),
      variant: REPLY_VARIANT.optional(),
    })
    .strict(),
  setReplyValues: z
    .object({
      number: TICKET_NUMBER,
      articleId: ARTICLE_ID,
      values: REPLY_VALUES,
      /** The reply template chosen, remembered on the ticket. */
      variant: REPLY_VARIANT.optional(),
    })
    .strict(),
  /** Records "reply copied" on the ticket; the Electron host also writes the clipboard. */
  copyReply: z
    .object({
      articleId: ARTICLE_ID,
      number: TICKET_NUMBER.optional(),
      values: REPLY_VALUES.optional(),
      variant: REPLY_VARIANT.optional(),
      plainOnly: z.boolean().optional(),
    })
    .strict(),
  // exports
  exportTicket: z.object({ number: TICKET_NUMBER, format: TICKET_EXPORT_FORMAT }).strict(),
  exportTickets: z
    .object({ format: BULK_EXPORT_FORMAT, since: ISO_DATE.optional(), until: ISO_DATE.optional() })
    .strict(),
  backupTickets: z.object({}).strict(),
  importTickets: z.object({ content: z.string().max(200_000_000) }).strict(),
  // team mode
  teamStatus: z.object({}).strict(),
  teamSyncNow: z.object({}).strict(),
  /** Stores the team password where the host keeps secrets (null forgets it); never returned. */
  setTeamPassword: z.object({ password: z.string().min(1).max(1000).nullable() }).strict(),
  handoffTicket: z
    .object({
      number: TICKET_NUMBER,
      to: z.string().trim().min(1).max(100),
      note: LONG_TEXT.optional(),
    })
    .strict(),
  /** Open tickets handed to this agent (or to this agent's tier). */
  teamInbox: z.object({}).strict(),
  supervisorReport: z.object({ from: DAY, to: DAY }).strict(),
  exportSupervisorReport: z.object({ from: DAY, to: DAY }).strict(),
  // settings and app
  getSettings: z.object({}).strict(),
  updateSettings: SETTINGS_PATCH,
  hotkeyStatus: z.object({}).strict(),
  hostInfo: z.object({}).strict(),
  // host-only operations (desktop app); the browser mode answers them with 'unsupported'
  saveTicketExport: z
    .object({ number: TICKET_NUMBER, format: z.enum(['md', 'csv', 'json', 'html', 'pdf']) })
    .strict(),
  saveBulkExport: z
    .object({
      format: z.enum(['csv', 'json', 'backup']),
      since: ISO_DATE.optional(),
      until: ISO_DATE.optional(),
    })
    .strict(),
  pickKnowledgeFolder: z.object({}).strict(),
  pickImportFile: z.object({}).strict(),
  openExternal: z.object({ url: z.string().max(4000) }).strict(),
  windowCommand: z
    .object({
      command: z.enum(['hide-lookup', 'open-article', 'show-main']),
      articleId: ARTICLE_ID.optional(),
    })
    .strict(),
} as const

export type ApiMethod = keyof typeof API_ARGS
/** What a client passes (before the schema's defaults and trimming). */
export type ApiArgs<M extends ApiMethod> = z.input<(typeof API_ARGS)[M]>
/** What an implementation receives: the arguments after `parseApiArgs`. */
export type ApiParsedArgs<M extends ApiMethod> = z.output<(typeof API_ARGS)[M]>

export {
  API_ERROR_CODES,
  DATA_FOLDER_CODES,
  ApiError,
  apiErrorFrom,
  isDataFolderCode,
  parseErrorBody,
  type DataFolderCode,
  type ApiErrorBody,
  type ApiErrorCode,
  type ApiErrorParams,
} from './errors'

/** The client interface every UI talks to (IPC via preload, or HTTP in browser mode). */
export type RoteiroApi = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]>
}

/**
 * What a host implements: each method takes the validated arguments (`dispatch` parses them
 * first). An implementation `satisfies` this, so a wrong argument or result shape fails to compile.
 */
export type ApiImplementation = {
  [M in ApiMethod]: (args: ApiParsedArgs<M>) => Promise<ApiResults[M]>
}

export const API_METHODS = Object.keys(API_ARGS) as ApiMethod[]

/** Validates one call's arguments; throws ApiError('bad-arguments') with a readable message. */
export function parseApiArgs<M extends ApiMethod>(method: M, args: unknown): ApiParsedArgs<M> {
  const schema = API_ARGS[method]
  if (!schema) throw new ApiError('bad-arguments', `Unknown method: ${String(method)}`)
  const result = schema.safeParse(args ?? {})
  if (!result.success) {
    const message = result.error.issues
      .map((issue) =>
        issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
      )
      .join('; ')
    throw new ApiError('bad-arguments', message)
  }
  return result.data as ApiParsedArgs<M>
}

/** Events a host pushes to its windows (IPC event, or server-sent events in browser mode). */
export type ApiEvent =
  | { type: 'knowledge-changed'; status: KnowledgeStatus }
  | { type: 'open-article'; articleId: string }
  | { type: 'focus-search'; query?: string }
  | { type: 'tickets-changed' }
  | { type: 'settings-changed' }
  | { type: 'team-status'; status: TeamStatus }
