/** Explicit markup (lines starting with ".. "): directives, targets, footnotes, comments. */
import type { AdmonitionKind, Block, Inline } from './types'
import type { ViewLine } from './lines'
import { at, content, dedent, relative, trimBlank } from './lines'
import { inlineLater, report, type ParseContext } from './context'
import { parseBlocks } from './blocks'
import { parseCsvTable, parseListTable } from './tables'
import { normalizeRefName } from './inline'
import { safeUrl } from './safe-url'

const FOOTNOTE = /^\[(\d{1,9}|#[\w.-]{0,63}|\*|[A-Za-z][\w.-]{0,63})\](?: +|$)/
const SUBSTITUTION = /^\|([^|\s](?:[^|]{0,198}[^|\s])?)\| +([A-Za-z0-9][\w:.+-]{0,63})::(?: +|$)/
const DIRECTIVE = /^([A-Za-z0-9][\w:.+-]{0,63})::(?: +|$)/
const OPTION = /^:([^:\s][^:]{0,99}?):(?: +(.*))?$/

const ADMONITIONS: ReadonlySet<string> = new Set([
  'note',
  'warning',
  'important',
  'attention',
  'tip',
  'hint',
  'caution',
  'danger',
  'error',
])
/** Directives that only carry content through (their framing has no meaning for an agent). */
const PASS_THROUGH = new Set([
  'container',
  'topic',
  'sidebar',
  'only',
  'compound',
  'class',
  'rst-class',
])
/** Directives with nothing to show offline. */
const SILENT = new Set([
  'contents',
  'highlight',
  'index',
  'meta',
  'sectnum',
  'tabularcolumns',
  'default-role',
])
const TAKES_ARGUMENTS = new Set([
  'admonition',
  'figure',
  'image',
  'code-block',
  'code',
  'sourcecode',
  'list-table',
  'csv-table',
  'table',
  'raw',
  'topic',
  'sidebar',
  'rubric',
  'centered',
  'only',
  'highlight',
  'replace',
  'unicode',
])

interface Parts {
  name: string
  argument: string
  options: Map<string, string>
  content: ViewLine[]
  line: number
}

/** Parses one explicit markup block. `body[0]` is the text after ".. ". */
export function parseExplicit(
  body: ViewLine[],
  outer: ViewLine[],
  end: number,
  ctx: ParseContext,
  depth: number,
): { blocks: Block[]; end: number } {
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
    return directive(parts, body, outer, end, ctx, depth)
  }
  const value = [first, ...body.slice(1).map(relative)].join('\n').trimEnd()
  return { blocks: [{ type: 'comment', line, value }], end }
}

/** `.. _name: url`, `.. _label:`, `.. __: url` (anonymous) and `.. _a: b_` (indirect). */
function parseTarget(
  first: string,
  rest: ViewLine[],
  line: number,
  ctx: ParseContext,
): Block | null {
  let name: string
  let after: number
  if (first[1] === '`') {
    const close = first.indexOf('`', 2)
    if (close < 0 || first[close + 1] !== ':') return null
    name = first.slice(2, close)
    after = close + 2
  } else {
    let k = first.indexOf(':', 1)
    while (k >= 0 && !(k + 1 === first.length || first[k + 1] === ' '))
      k = first.indexOf(':', k + 1)
    if (k < 0) return null
    name = first.slice(1, k)
    after = k + 1
  }
  const raw = [first.slice(after), ...rest.map(content)].join('').trim()
  if (name === '_') {
    ctx.anonymous.push(raw === '' ? null : raw)
    return { type: 'target', line, name: '', url: raw === '' ? null : safeUrl(raw) }
  }
  const key = normalizeRefName(name)
  if (raw === '') {
    ctx.targets.set(key, { url: null, internal: true, line })
    return { type: 'target', line, name: key, url: null }
  }
  if (raw.endsWith('_') && !raw.endsWith('\\_')) {
    ctx.targets.set(key, {
      url: null,
      internal: false,
      alias: normalizeRefName(raw.slice(0, -1).replace(/^`|`$/g, '')),
      line,
    })
    return { type: 'target', line, name: key, url: null }
  }
  const url = safeUrl(raw)
  if (url === null)
    report(ctx, line, 'warning', 'unsafe-link', `link target refused: ${raw.slice(0, 80)}`)
  ctx.targets.set(key, { url, internal: false, line })
  return { type: 'target', line, name: key, url }
}

/** Splits a directive block into argument, options and content. */
function splitDirective(body: ViewLine[], markerWidth: number, name: string): Parts {
  const head = body[0]
  const line = head.src.no
  const argument0 = content(head).slice(markerWidth).trim()
  const rest = body.slice(1)
  const takesArgs = TAKES_ARGUMENTS.has(name)
  const args = [argument0]
  let k = 0
  if (takesArgs) {
    while (k < rest.length && !rest[k].src.blank && !OPTION.test(content(rest[k]))) {
      args.push(content(rest[k]).trim())
      k++
    }
  }
  const options = new Map<string, string>()
  while (k < rest.length && !rest[k].src.blank) {
    const m = OPTION.exec(content(rest[k]))
    if (!m) break
    options.set(m[1].toLowerCase(), (m[2] ?? '').trim())
    k++
  }
  let body2 = rest.slice(k)
  if (!takesArgs && argument0 !== '') {
    body2 = [at(head.src, head.col + head.ind + markerWidth), ...rest]
  }
  const argument = name === 'figure' || name === 'image' ? args.join('') : args.join(' ').trim()
  return { name, argument, options, content: trimBlank(dedent(trimBlank(body2))), line }
}

function substitution(name: string, p: Parts, ctx: ParseContext): Block {
  if (p.name === 'image')
    return { type: 'substitution_definition', line: p.line, name, value: [], image: p.argument }
  const text = [p.argument, ...p.content.map(content)].join(' ').trim()
  if (p.name !== 'replace' && p.name !== 'unicode') {
    report(
      ctx,
      p.line,
      'warning',
      'unknown-directive',
      `substitution directive "${p.name}" is not supported`,
    )
  }
  const value: Inline[] =
    p.name === 'replace' ? inlineLater(ctx, text, p.line) : [{ type: 'text', value: text }]
  return { type: 'substitution_definition', line: p.line, name, value }
}

function directive(
  p: Parts,
  body: ViewLine[],
  outer: ViewLine[],
  end: number,
  ctx: ParseContext,
  depth: number,
): { blocks: Block[]; end: number } {
  const line = p.line
  const one = (b: Block) => ({ blocks: [b], end })
  const blocks = () => parseBlocks(p.content, ctx, depth + 1)
  const literal = () => p.content.map(relative).join('\n')
  if (ADMONITIONS.has(p.name) || p.name === 'admonition') {
    const kind = p.name as AdmonitionKind
    const title =
      kind === 'admonition' && p.argument !== '' ? inlineLater(ctx, p.argument, line) : null
    if (p.content.length > 0)
      return one({ type: 'admonition', line, kind, title, children: blocks() })
    return adoptFollowingParagraph(kind, title, line, outer, end, ctx, depth)
  }
  switch (p.name) {
    case 'figure':
    case 'image': {
      const alt = p.options.get('alt') ?? ''
      if (p.name === 'image') return one({ type: 'image', line, uri: p.argument, alt })
      const inner = blocks()
      const head = inner[0]
      const caption = head?.type === 'paragraph' ? head.children : undefined
      const legend = caption ? inner.slice(1) : inner
      const img: Block = { type: 'image', line, uri: p.argument, alt, caption: caption ?? [] }
      if (legend.length > 0) img.legend = legend
      return one(img)
    }
    case 'code-block':
    case 'code':
    case 'sourcecode': {
      const b: Block = { type: 'literal_block', line, value: literal() }
      if (p.argument !== '') b.language = p.argument.toLowerCase()
      return one(b)
    }
    case 'list-table':
      return one(parseListTable(blocks(), p.options, titleOf(p, ctx), line, ctx))
    case 'csv-table': {
      const t = parseCsvTable(p.content.map(relative), p.options, titleOf(p, ctx), line, ctx)
      if (t) return one(t)
      break
    }
    case 'toctree': {
      const entries = p.content
        .map((l) => content(l).trim())
        .filter((e) => e !== '' && !e.startsWith(':'))
      return one({ type: 'toctree', line, entries })
    }
    case 'raw':
      report(
        ctx,
        line,
        'warning',
        'raw-directive',
        `raw ${p.argument || 'content'} is shown as code, never as markup`,
      )
      return one({ type: 'raw', line, format: p.argument.toLowerCase(), value: literal() })
    case 'centered':
    case 'rubric':
      return one({ type: 'paragraph', line, children: inlineLater(ctx, p.argument, line) })
    default:
      if (PASS_THROUGH.has(p.name)) return { blocks: blocks(), end }
      if (SILENT.has(p.name)) return { blocks: [], end }
  }
  report(
    ctx,
    line,
    'warning',
    'unknown-directive',
    `directive "${p.name}" is not supported; shown as text`,
  )
  const value = [`.. ${content(body[0])}`, ...body.slice(1).map(relative)].join('\n').trimEnd()
  return one({ type: 'unknown_directive', line, name: p.name, value })
}

function titleOf(p: Parts, ctx: ParseContext): Inline[] | undefined {
  return p.argument === '' ? undefined : inlineLater(ctx, p.argument, p.line)
}

/**
 * The KB writes `.. important::` with its text unindented below; Sphinx would show an empty
 * box. The paragraph that follows is taken as the content, with a warning for maintainers.
 */
function adoptFollowingParagraph(
  kind: AdmonitionKind,
  title: Inline[] | null,
  line: number,
  outer: ViewLine[],
  end: number,
  ctx: ParseContext,
  depth: number,
): { blocks: Block[]; end: number } {
  let j = end
  while (j < outer.length && outer[j].src.blank) j++
  let k = j
  while (k < outer.length && !outer[k].src.blank && outer[k].ind === 0) k++
  const para = outer.slice(j, k)
  const looksLikeText =
    para.length > 0 &&
    !content(para[0]).startsWith('..') &&
    !(k < outer.length && !outer[k].src.blank)
  const isTitle = para.length === 2 && /^(.)\1+$/.test(content(para[1]))
  if (!looksLikeText || isTitle) {
    report(ctx, line, 'warning', 'directive-empty', `"${kind}" has no content`)
    return { blocks: [{ type: 'admonition', line, kind, title, children: [] }], end }
  }
  report(
    ctx,
    line,
    'warning',
    'directive-content-not-indented',
    `"${kind}" content is not indented; the next paragraph was used`,
  )
  const children = parseBlocks(para, ctx, depth + 1)
  return { blocks: [{ type: 'admonition', line, kind, title, children }], end: k }
}
