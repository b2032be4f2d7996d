/**
 * What the service needs from the knowledge, search and ticket modules. The service is written
 * against these ports; `default-backends.ts` adapts the real modules to them, and the tests use
 * small fakes. Keeping the seam here lets the API, the HTTP bridge and the Electron shell be built
 * and tested while those modules evolve.
 */
import type { ApiArgs } from '../../core/api/contract'
import type {
  ArticleView,
  ExportFile,
  ImportReport,
  ReplyView,
  SearchResponse,
  Settings,
} from '../../core/api/types'
import type { Article, KnowledgeBase } from '../../core/knowledge/types'
import type { StepChange, StepSource } from '../../core/tickets/model'
import type { Ticket, TicketSummary } from '../../core/tickets/types'
import type { SearchSession } from '../search/open-search'

export interface KnowledgeBackend {
  /** Watches the roots and calls `onChange` (debounced by the backend) after files change. */
  watch(dirs: string[], onChange: () => void): { close(): void | Promise<void> }
  resolveWikiUrl(
    kb: KnowledgeBase,
    url: string,
  ): { articleId: string | null; anchor: string | null }
  view(kb: KnowledgeBase, article: Article): ArticleView
}

export interface SearchIndexPort {
  search(query: string, options: ApiArgs<'search'>): SearchResponse | Promise<SearchResponse>
}

/**
 * The search module's session as the service reads it (see SearchSession): the same members,
 * with the index narrowed to its search method so tests can pass a small fake.
 */
export type KnowledgeSessionPort = Pick<
  SearchSession,
  'kb' | 'summary' | 'ready' | 'refresh' | 'onSwap'
> & {
  readonly index: SearchIndexPort
  close?(): void | Promise<void>
}

export interface SearchBackend {
  /**
   * Opens the knowledge base and its index (warm from the cache in dataDir when it can; a cold
   * build runs off the host's thread). Aborting `signal` stops a cold build and rejects.
   */
  open(options: {
    knowledgeDirs: string[]
    dataDir: string
    signal?: AbortSignal
  }): Promise<KnowledgeSessionPort>
}

/** Ticket records; steps take their article so a record keeps the label it had when changed. */
export interface TicketsBackend {
  open(args: {
    number: string
    requester?: string
    organization?: string
    articleIds?: string[]
  }): Promise<Ticket>
  /** Resolves null when there is no such ticket. */
  get(number: string): Promise<Ticket | null>
  /** Summaries, most recently changed first; stepsTotal where `lookup` knows every article. */
  list(
    filter: { since?: string; status?: 'open' | 'closed' },
    lookup?: (articleId: string) => Article | undefined,
  ): Promise<TicketSummary[]>
  all(): Promise<Ticket[]>
  update(
    number: string,
    patch: { requester?: string; organization?: string; notes?: string },
  ): Promise<Ticket>
  linkArticle(number: string, articleId: string): Promise<Ticket>
  unlinkArticle(number: string, articleId: string): Promise<Ticket>
  /** `article`: the article as it reads now, or its id and no steps when it left the roots. */
  setStep(number: string, article: StepSource, change: StepChange): Promise<Ticket>
  setStepNote(number: string, article: StepSource, stepKey: string, note: string): Promise<Ticket>
  closeTicket(number: string): Promise<Ticket>
  reopenTicket(number: string): Promise<Ticket>
  setReplyValues(number: string, articleId: string, values: Record<string, string>): Promise<Ticket>
  setReplyVariant(number: string, articleId: string, variant: number): Promise<Ticket>
  recordReplyCopied(number: string, articleId: string): Promise<Ticket>
  recordExported(number: string, format: string): Promise<Ticket>
  /** Parses a backup or export and merges it; nothing already recorded is dropped. */
  importContent(content: string): Promise<ImportReport>
  dispose?(): void | Promise<void>
}

export interface DocumentsBackend {
  fillReply(input: {
    article: Article
    ticket: Ticket | null
    settings: Settings
    values: Record<string, string>
    variant?: number
  }): ReplyView
  exportTicket(input: {
    ticket: Ticket
    format: 'md' | 'csv' | 'json' | 'html'
    kb: KnowledgeBase
    now: Date
  }): ExportFile
  /** Exports the tickets changed (updatedAt) between since and until, inclusive. */
  exportTickets(input: {
    tickets: Ticket[]
    format: 'csv' | 'json'
    since?: string
    until?: string
    kb: KnowledgeBase
    now: Date
  }): ExportFile
  backup(input: { tickets: Ticket[]; now: Date }): ExportFile
}

export interface ServiceBackends {
  knowledge: KnowledgeBackend
  search: SearchBackend
  tickets: (dataDir: string) => TicketsBackend
  documents: DocumentsBackend
}
