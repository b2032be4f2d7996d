import type { Block } from '../rst/types'
import type { KnowledgeFileResult } from './build'

export type SectionRole =
  | 'situation'
  | 'when'
  | 'solution'
  | 'reply'
  | 'responsibility'
  | 'profile'
  | 'keywords'
  | 'references'
  | 'caution'
  | 'other'

export type ArticleKind = 'script' | 'faq' | 'page'

/** The product an article belongs to, derived from its folder. */
export type Product =
  'tramita' | 'sei' | 'protocolo-integrado' | 'nup' | 'protocolo-gov-br' | 'modulos' | 'other'

export interface ArticleSection {
  role: SectionRole
  /** The heading as written (normalized), e.g. "Solução Sugerida". */
  title: string
  line: number
  /** The heading's anchor in its file (for wiki links with #anchor); the article's for a lead section. */
  anchor?: string
  blocks: Block[]
  /** Plain text of the blocks, for search and snippets. */
  text: string
}

/** What a step asks of the agent. */
export type StepKind = 'diagnose' | 'act' | 'branch' | 'escalate' | 'precaution' | 'reply'

export interface StepLink {
  label: string
  url: string
}

export interface ChecklistStep {
  /** Stable key derived from the step's normalized text: survives edits elsewhere in the article. */
  key: string
  /** 1-based position in the checklist. */
  index: number
  /** Short label: the step's text, or its opening cut at a clause or word boundary. */
  label: string
  /** The step's full text as written. */
  text: string
  /** What the step carries along: code, SQL, field lists, value tables (may be empty). */
  detail: string
  kind: StepKind
  /** The condition of the branch the step belongs to ("Caso o remetente tenha aberto o chamado"). */
  condition: string | null
  /** Reference links the step points to. */
  links: StepLink[]
  /** Where the checklist came from: derived from the article, or a maintainer's checklist file. */
  source: 'article' | 'maintainer'
  line: number
}

export type ReplyStatus = 'ready' | 'placeholder' | 'missing'

/** What a fill-in mark in a reply stands for. */
export type ReplyFieldKind =
  | 'salutation' // "Prezado(a)", "Prezado Senhor(a)"
  | 'requester' // [nome do usuário], (inserir aqui nome do usuário)
  | 'ticket' // "chamado de número ________"
  | 'protocol' // {Informe o Protocolo Aqui}, XXXXX where a process number goes
  | 'agent' // (Nome do atendente)
  | 'steps-done' // a list of the steps done so far (placed by the agent, not found in files)
  | 'free' // any other blank: ________, XXXXX

export interface ReplyField {
  /** Unique within the reply, e.g. "requester", "ticket", "free-2". */
  id: string
  kind: ReplyFieldKind
  /** The exact text of the mark in the template, e.g. "[nome do usuário]". */
  token: string
  label: string
  line: number
}

/** One template of a reply section that holds several ("Resposta 01", "… para o Remetente"). */
export interface ReplyVariant {
  /** Its lead line without the colon; empty for a reply with a single template. */
  label: string
  /** The template's blocks, without its lead line. */
  blocks: Block[]
  text: string
  fields: ReplyField[]
  line: number
}

export interface ReplyTemplate {
  status: ReplyStatus
  blocks: Block[]
  text: string
  /** The marks as found, in order of appearance (duplicates removed). */
  placeholders: string[]
  fields: ReplyField[]
  /** The templates of the section (one when it holds a single reply; none when not ready). */
  variants: ReplyVariant[]
}

export interface Article {
  /** Stable across runs: derived from the root name, path and (for multi-article files) the title anchor. */
  id: string
  /** Index of the knowledge root it came from (KnowledgeBase.roots). */
  root: number
  /** Relative to its root, "/" separators. */
  path: string
  line: number
  /** Anchor of the article's own heading in its file (for wiki links with #anchor). */
  anchor: string
  kind: ArticleKind
  product: Product
  /** Clean title: no date prefix, no version suffix. */
  title: string
  rawTitle: string
  date: string | null
  version: number | null
  superseded: boolean
  /** Id of the article that supersedes this one (newer version), when known. */
  supersededBy: string | null
  /** Ids of older versions of this article, newest first. */
  olderVersions: string[]
  template: '2023' | '2025' | null
  sections: ArticleSection[]
  keywords: string[]
  responsibility: string | null
  profile: string | null
  reply: ReplyTemplate
  steps: ChecklistStep[]
  /** Keys of the first checklist derivation → the current steps that hold their text. */
  formerKeys?: Record<string, string>
}

export interface LintProblem {
  path: string
  line: number
  severity: 'error' | 'warning'
  code: string
  message: string
}

/** One file as handed to the core by a host: bytes plus where it came from. */
export interface KnowledgeFileInput {
  root: number
  path: string
  bytes: Uint8Array
  /** Set when the host could not read the file (or skipped it by rule): a lint problem, no articles. */
  fault?: { code: 'unreadable-file' | 'undecodable-name' | 'link-outside'; message: string }
}

export interface KnowledgeRootInfo {
  /** Absolute folder as the host knows it. */
  dir: string
  /** Short name used in ids (folder basename, de-duplicated). */
  name: string
}

export interface KnowledgeBase {
  roots: KnowledgeRootInfo[]
  files: number
  articles: Article[]
  byId: Map<string, Article>
  problems: LintProblem[]
  /**
   * Per-file results (key: `${root}\u0000${path}`) kept by buildKnowledgeBase so that an
   * update re-reads only the files that changed.
   */
  fileResults?: Map<string, KnowledgeFileResult>
}
