/**
 * The reader's tree. Every block carries the 1-based source line it starts on, so problems
 * and steps can be reported as path:line. Nothing in this tree is markup: renderers escape
 * every text value, and links carry a URL only when it passed the safe-scheme check.
 */

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'literal'; value: string }
  /** External hyperlink. `url` is null when the target's scheme is not http, https or mailto. */
  | { type: 'link'; url: string | null; children: Inline[] }
  /** Internal cross reference (:ref:, :doc:, `name`_ to a label/title of this tree). */
  | { type: 'reference'; refType: 'ref' | 'doc' | 'named'; target: string; children: Inline[] }
  /** Any other interpreted text role, shown as its text. */
  | { type: 'role'; role: string; value: string }
  /** `superscript` marks the KB's ¹ ² style (label holds ASCII digits). */
  | { type: 'footnote_ref'; label: string; superscript?: boolean }
  | { type: 'substitution'; name: string }

export interface ListItem {
  line: number
  children: Block[]
}

export interface TableCell {
  children: Block[]
  colspan?: number
  rowspan?: number
}

export type AdmonitionKind =
  | 'note'
  | 'warning'
  | 'important'
  | 'attention'
  | 'tip'
  | 'hint'
  | 'caution'
  | 'danger'
  | 'error'
  | 'admonition'

export type Block =
  | {
      type: 'section'
      line: number
      /** 1-based level, assigned by order of appearance of underline/overline styles. */
      level: number
      title: Inline[]
      /** Plain text of the title, NFC-normalized, trailing (narrow) no-break spaces trimmed. */
      titleText: string
      /** Anchor as Sphinx/docutils would generate it from the title (lowercase, hyphenated). */
      anchor: string
      children: Block[]
    }
  | { type: 'paragraph'; line: number; children: Inline[] }
  | { type: 'bullet_list'; line: number; items: ListItem[] }
  | {
      type: 'enumerated_list'
      line: number
      /** arabic, loweralpha, upperalpha, lowerroman, upperroman, auto (#.), ordinal (1º.) */
      enumType: string
      start: number
      items: ListItem[]
    }
  | {
      type: 'definition_list'
      line: number
      items: { line: number; term: Inline[]; definition: Block[] }[]
    }
  | { type: 'field_list'; line: number; fields: { line: number; name: string; body: Block[] }[] }
  | { type: 'literal_block'; line: number; value: string; language?: string }
  | { type: 'block_quote'; line: number; children: Block[] }
  | { type: 'line_block'; line: number; lines: Inline[][] }
  | { type: 'comment'; line: number; value: string }
  | { type: 'transition'; line: number }
  | {
      type: 'admonition'
      line: number
      kind: AdmonitionKind
      title: Inline[] | null
      children: Block[]
    }
  | {
      type: 'image'
      line: number
      /** As written in the file. Hosts resolve it against the file's folder, confined to its root. */
      uri: string
      alt: string
      /** Present for `figure`. */
      caption?: Inline[]
      legend?: Block[]
    }
  | { type: 'table'; line: number; header: TableCell[][]; rows: TableCell[][]; title?: Inline[] }
  | { type: 'toctree'; line: number; entries: string[] }
  /** `raw` directive content: never rendered as markup, shown as code. */
  | { type: 'raw'; line: number; format: string; value: string }
  /** `superscript`: the KB's indented "¹ text" style (label holds ASCII digits). */
  | { type: 'footnote'; line: number; label: string; children: Block[]; superscript?: boolean }
  | { type: 'target'; line: number; name: string; url: string | null }
  | { type: 'substitution_definition'; line: number; name: string; value: Inline[]; image?: string }
  /** A directive the reader does not know: kept as literal text, reported as a problem. */
  | { type: 'unknown_directive'; line: number; name: string; value: string }

export interface RstProblem {
  line: number
  severity: 'error' | 'warning'
  code: string
  message: string
}

export interface RstDocument {
  children: Block[]
  problems: RstProblem[]
}
