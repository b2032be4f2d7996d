/** Explicit markup (lines starting with ".. "): directives, targets, footnotes, comments. */
import type { Block } from './types'
import type { ViewLine } from './lines'
import { at, content, relative } from './lines'
import type { ParseContext } from './context'
import { parseBlocks } from './blocks'
import { normalizeRefName } from './inline-references'
import { splitDirective } from './directive-parts'
import { directive, substitution } from './directives'
import { parseTarget } from './targets'

const FOOTNOTE = /^\[(\d{1,9}|#[\w.-]{0,63}|\*|[A-Za-z][\w.-]{0,63})\](?: +|$)/
const SUBSTITUTION = /^\|([^|\s](?:[^|]{0,198}[^|\s])?)\| +([A-Za-z0-9][\w:.+-]{0,63})::(?: +|$)/
const DIRECTIVE = /^([A-Za-z0-9][\w:.+-]{0,63})::(?: +|$)/

/** One explicit markup block where it stands: `body[0]` is the text after ".. ". */
export interface ExplicitSite {
  body: ViewLine[]
  /** The lines the block stands among (an admonition may take the paragraph after it). */
  outer: ViewLine[]
  /** Index in `outer` just past the block. */
  end: number
  ctx: ParseContext
  depth: number
}

/** The blocks read, and the index in `outer` where reading goes on. */
export interface ExplicitBlocks {
  blocks: Block[]
  end: number
}

/** Parses one explicit markup block. */
export function parseExplicit(site: ExplicitSite): ExplicitBlocks {
  const { body, end, ctx, depth } = site
  const first = content(body[0])
  const line = body[0].src.no
  const fn = FOOTNOTE.exec(first)
  if (fn) {
    const rest = [at(body[0].src, body[0].col + body[0].ind + fn[0].length), ...body.slice(1)]
    const children = parseBlocks(rest, ctx, depth + 1)
    return { blocks: [{ type: 'footnote', line, label: fn[1], children }], end }
  }
  if (first.startsWith('_')) {
    const target = parseTarget(first, body.slice(1), line, ctx)
    if (target) return { blocks: [target], end }
  }
  const sub = SUBSTITUTION.exec(first)
  if (sub) {
    const parts = splitDirective(body, sub[0].length, sub[2].toLowerCase())
    return { blocks: [substitution(normalizeRefName(sub[1]), parts, ctx)], end }
  }
  const dir = DIRECTIVE.exec(first)
  if (dir) {
    const parts = splitDirective(body, dir[0].length, dir[1].toLowerCase())
    return directive(parts, site)
  }
  const value = [first, ...body.slice(1).map(relative)].join('\n').trimEnd()
  return { blocks: [{ type: 'comment', line, value }], end }
}
