/** Data shapes that cross the API boundary (plain JSON). */
import type {
  ReplyField,
  ArticleKind,
  ChecklistStep,
  LintProblem,
  Product,
  ReplyFieldKind,
  ReplyStatus,
  SectionRole,
} from '../knowledge/types'
import type { Block } from '../rst/types'

export interface SearchHit {
  id: string
  path: string
  title: string
  score: number
  /** Plain text around the match; see `marks` for the matched terms. */
  snippet: string
  /** [start, end) character ranges of matched terms inside `snippet`. */
  marks: [number, number][]
  /** Role of the section the snippet came from ('title', 'keywords', or a SectionRole). */
  section: string
  sectionTitle: string
  kind: ArticleKind
  product: Product
  superseded: boolean
  date: string | null
  version: number | null
  responsibility: string | null
  /** Ids of older versions collapsed into this hit. */
  olderVersions: string[]
  /** Why it matched: the query words the article has, and the phrase it holds word for word. */
  why?: MatchReasons
}

/** The reasons a search hit matched, for the snippet. */
export interface MatchReasons {
  /** Query words (as typed) found in the article, in query order. */
  terms: string[]
  /** A long run of the query found word for word in the article, as typed; null if none. */
  phrase: string | null
}

export interface SearchResponse {
  query: string
  results: SearchHit[]
  /** Time the core spent, in milliseconds. */
  tookMs: number
  /**
   * The query was longer than the search reads (20,000 characters): only its first part was
   * searched, and the UI says so.
   */
  truncated?: boolean
  /** The first process number (NUP) in the query, formatted, for the ticket form; else null. */
  nup?: string | null
}

export interface ArticleSummary {
  id: string
  path: string
  title: string
  kind: ArticleKind
  product: Product
  date: string | null
  version: number | null
  superseded: boolean
  responsibility: string | null
  replyStatus: ReplyStatus
  steps: number
}

export interface ArticleSectionView {
  role: SectionRole
  title: string
  line: number
  text: string
  /** The reader's tree of the section; images and wiki links resolve with core/knowledge/links. */
  blocks: Block[]
}

export interface ArticleView {
  id: string
  /** Name of the article's knowledge folder. */
  root: string
  /** Index of that folder among the loaded roots (knowledge image URLs are addressed by it). */
  rootIndex: number
  path: string
  line: number
  title: string
  rawTitle: string
  kind: ArticleKind
  product: Product
  date: string | null
  version: number | null
  superseded: boolean
  supersededBy: string | null
  olderVersions: { id: string; title: string; date: string | null; version: number | null }[]
  keywords: string[]
  responsibility: string | null
  profile: string | null
  sections: ArticleSectionView[]
  steps: ChecklistStep[]
  reply: {
    status: ReplyStatus
    text: string
    blocks: Block[]
    placeholders: string[]
    /** The templates of the reply section, each without its label line. */
    variants: { label: string; text: string; blocks: Block[]; fields: ReplyField[] }[]
  }
}

export interface ReplyFieldView {
  id: string
  kind: ReplyFieldKind
  label: string
  token: string
  value: string
  /** Where the value came from. */
  source: 'ticket' | 'settings' | 'agent' | 'empty'
  /** For process-number fields: null when not checked, else whether it is a valid NUP. */
  valid: boolean | null
  message: string | null
  /** For a NUP whose check digits are wrong: the digits it should end with. */
  expectedDigits: string | null
}

export interface ReplyView {
  articleId: string
  status: ReplyStatus
  text: string
  html: string
  fields: ReplyFieldView[]
  /** Set when the article has no usable reply: what the agent gets instead and why. */
  notice: string | null
  /**
   * The article's steps done on the ticket, one "- label (time)" line each, in checklist order:
   * what the steps-done field takes when the agent places them ('' without a ticket or steps).
   */
  stepsDone: string
  /** The template filled, from 0, when the reply holds several. */
  variant: number
  /** Labels of the reply's templates ("Resposta 01", "… para o Remetente"); one empty label for a single one. */
  variants: string[]
}

export interface ExportFile {
  filename: string
  mime: string
  content: string
}

export interface ImportReport {
  added: number
  updated: number
  skipped: number
  errors: string[]
}

export interface LintReport {
  files: number
  problems: LintProblem[]
  /** Number of distinct articles/files with at least one problem. */
  problemFiles: number
}

export interface KnowledgeStatus {
  roots: {
    dir: string
    name: string
    files: number
    articles: number
    problems: number
    bundled: boolean
  }[]
  articles: number
  indexing: boolean
  indexedAt: string | null
  problemFiles: number
}

export interface Settings {
  language: 'pt-BR' | 'en'
  theme: 'light' | 'dark' | 'system'
  agentName: string
  signature: string
  greeting: string
  closing: string
  hotkey: string
  lookupStartsWithClipboard: boolean
  startAtLogin: boolean
  closeToTray: boolean
  knowledgeRoots: string[]
  /** Team mode (off by default): replication of the tickets with the team's CouchDB database. */
  teamEnabled: boolean
  /** The team database URL (https://server/database), without credentials. */
  teamServer: string
  /** The agent's CouchDB user (the password is kept apart, never in settings). */
  teamUser: string
  teamTier: 'N1' | 'N2' | 'N3'
  /** Allow plain HTTP to a host other than this machine (the password would travel in clear). */
  teamAllowHttp: boolean
}

export interface HotkeyStatus {
  accelerator: string
  registered: boolean
  /** Why registration failed, or null; null in browser mode with `available: false`. */
  error: string | null
  available: boolean
}

export interface HostInfo {
  kind: 'electron' | 'browser' | 'cli'
  version: string
  /** The host writes the clipboard itself (desktop); otherwise the page uses navigator.clipboard. */
  writesClipboard: boolean
  /** Save dialogs, PDF export, folder picker and file picker are available. */
  nativeDialogs: boolean
  /** The lookup window and global hotkey exist in this host. */
  lookupWindow: boolean
  /** Set when the settings file was corrupt at start-up and was reset (the old one kept there). */
  settingsReset?: { backupPath: string; resetKeys: string[] } | null
}
