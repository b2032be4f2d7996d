/**
 * The one API contract. Every host (Electron IPC, the loopback HTTP bridge, the CLI) and every
 * client (preload, renderer) is derived from this table: method names, argument schemas and
 * result types. Arguments are validated with these schemas at every boundary.
 */
import { z } from 'zod'
import { ApiError } from './errors'
import type {
  ArticleView,
  ArticleSummary,
  ExportFile,
  HostInfo,
  HotkeyStatus,
  ImportReport,
  KnowledgeStatus,
  LintReport,
  ReplyView,
  SearchResponse,
  Settings,
} from './types'
import type { ChecklistView } from '../tickets/checklist'
import type { Ticket, TicketSummary } from '../tickets/types'
import type { SupervisorReport } from '../team/supervisor'
import type { Assignment, TeamStatus } from '../team/types'

/** Which template of a reply that holds several, from 0. */
const REPLY_VARIANT = z.number().int().min(0).max(99)
export const TICKET_NUMBER = z
  .string()
  .trim()
  .min(1, 'O número do chamado está vazio.')
  .max(40, 'O número do chamado tem mais de 40 caracteres.')
  .regex(/^[A-Za-z0-9./-]+$/, 'O número do chamado aceita só letras, dígitos e - . /')

const ARTICLE_ID = z.string().min(1).max(1000)
const STEP_KEY = z.string().min(1).max(200)
const ISO_DATE = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'Use a data no formato AAAA-MM-DD.')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'Esta data não existe.')
const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a data no formato AAAA-MM-DD.')
const SHORT_TEXT = z.string().max(500)
const LONG_TEXT = z.string().max(100_000)

export const SEARCH_FILTERS = z
  .object({
    product: z.array(z.string().max(40)).max(10).optional(),
    kind: z
      .array(z.enum(['script', 'faq', 'page']))
      .max(3)
      .optional(),
    tier: z.array(z.string().max(40)).max(10).optional(),
    includeSuperseded: z.boolean().optional(),
  })
  .strict()

export const TICKET_EXPORT_FORMAT = z.enum(['md', 'csv', 'json', 'html'])
export const BULK_EXPORT_FORMAT = z.enum(['csv', 'json'])

export const SETTINGS_PATCH = z
  .object({
    language: z.enum(['pt-BR', 'en']).optional(),
    theme: z.enum(['light', 'dark', 'system']).optional(),
    agentName: SHORT_TEXT.optional(),
    signature: z.string().max(2000).optional(),
    greeting: SHORT_TEXT.optional(),
    closing: SHORT_TEXT.optional(),
    hotkey: z.string().max(100).optional(),
    lookupStartsWithClipboard: z.boolean().optional(),
    startAtLogin: z.boolean().optional(),
    closeToTray: z.boolean().optional(),
    teamEnabled: z.boolean().optional(),
    teamServer: z.string().max(2000).optional(),
    teamUser: z
      .string()
      .max(100)
      .regex(/^([a-z0-9][a-z0-9._@-]*)?$/i, 'Usuário: letras, dígitos e . _ @ -')
      .optional(),
    teamTier: z.enum(['N1', 'N2', 'N3']).optional(),
    teamAllowHttp: z.boolean().optional(),
  })
  .strict()

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
      values: z.record(z.string().max(100), z.string().max(10_000)).optional(),
      variant: REPLY_VARIANT.optional(),
    })
    .strict(),
  setReplyValues: z
    .object({
      number: TICKET_NUMBER,
      articleId: ARTICLE_ID,
      values: z.record(z.string().max(100), z.string().max(10_000)),
      /** The reply template chosen, remembered on the ticket. */
      variant: REPLY_VARIANT.optional(),
    })
    .strict(),
  /** Records "reply copied" on the ticket; the Electron host also writes the clipboard. */
  copyReply: z
    .object({
      articleId: ARTICLE_ID,
      number: TICKET_NUMBER.optional(),
      values: z.record(z.string().max(100), z.string().max(10_000)).optional(),
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

/** Result type of every method. */
export interface ApiResults {
  search: SearchResponse
  listArticles: ArticleSummary[]
  getArticle: ArticleView
  resolveWikiLink: { articleId: string | null; anchor: string | null }
  lintReport: LintReport
  knowledgeStatus: KnowledgeStatus
  addKnowledgeRoot: KnowledgeStatus
  removeKnowledgeRoot: KnowledgeStatus
  reloadKnowledge: KnowledgeStatus
  openTicket: Ticket
  getTicket: Ticket
  listTickets: TicketSummary[]
  updateTicket: Ticket
  linkArticle: Ticket
  setStep: Ticket
  setStepNote: Ticket
  getChecklist: ChecklistView
  closeTicket: Ticket
  reopenTicket: Ticket
  renderReply: ReplyView
  setReplyValues: Ticket
  copyReply: ReplyView & { copiedByHost: boolean }
  exportTicket: ExportFile
  exportTickets: ExportFile
  backupTickets: ExportFile
  importTickets: ImportReport
  teamStatus: TeamStatus
  teamSyncNow: TeamStatus
  setTeamPassword: { stored: boolean }
  handoffTicket: Ticket
  teamInbox: Assignment[]
  supervisorReport: SupervisorView
  exportSupervisorReport: ExportFile
  getSettings: Settings
  updateSettings: Settings
  hotkeyStatus: HotkeyStatus
  hostInfo: HostInfo
  saveTicketExport: { path: string | null }
  saveBulkExport: { path: string | null }
  pickKnowledgeFolder: { dir: string | null }
  pickImportFile: { content: string | null; name: string | null }
  openExternal: { opened: boolean }
  windowCommand: { ok: true }
}

/** The supervisor's numbers with where they come from: the local replica of the team database. */
export interface SupervisorView {
  report: SupervisorReport
  /** Team tickets in the replica. */
  tickets: number
  /** When the replica last completed a round with the server (null: never). */
  lastSyncAt: string | null
  /** The last round failed or team mode is off: the numbers are what was last replicated. */
  offline: boolean
}

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
