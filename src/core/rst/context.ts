/** State shared by the block passes of one parseRst call. */
import type { Block, Inline, RstProblem } from './types'

/** Nesting deeper than this is kept as literal text (protects every recursive consumer). */
export const MAX_DEPTH = 48

export interface PendingInline {
  text: string
  line: number
  into: Inline[]
}

export interface PendingTitle extends PendingInline {
  section: Extract<Block, { type: 'section' }>
}

export interface ParseContext {
  problems: RstProblem[]
  /** Inline text to parse once every target of the document is known. */
  pending: PendingInline[]
  titles: PendingTitle[]
  /** Named targets: external URL (null when refused), `alias` (`.. _a: b_`), or an internal label. */
  targets: Map<string, { url: string | null; internal: boolean; alias?: string; line: number }>
  anonymous: (string | null)[]
  /** Adornment styles in order of first appearance ("=" underline only, "=o" with overline). */
  styles: string[]
  deepWarned: boolean
}

/** A fresh context for one document. */
export function newContext(): ParseContext {
  return {
    problems: [],
    pending: [],
    titles: [],
    targets: new Map(),
    anonymous: [],
    styles: [],
    deepWarned: false,
  }
}

/** Records a problem. */
export function report(
  ctx: ParseContext,
  line: number,
  severity: 'error' | 'warning',
  code: string,
  message: string,
): void {
  ctx.problems.push({ line, severity, code, message })
}

/** Queues text for inline parsing and returns the (still empty) array it will fill. */
export function inlineLater(ctx: ParseContext, text: string, line: number): Inline[] {
  const into: Inline[] = []
  ctx.pending.push({ text, line, into })
  return into
}
