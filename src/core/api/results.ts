/** What every method of the contract answers. */
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
  unlinkArticle: Ticket
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
