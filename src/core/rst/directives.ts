/** Directives (`.. name:: argument`): what each one reads into, and substitution definitions. */
import type { AdmonitionKind, Block, Inline } from './types'
import { content, relative } from './lines'
import { inlineLater, report, type ParseContext } from './context'
import { parseBlocks } from './blocks'
import { parseCsvTable, parseListTable } from './tables'
import type { DirectiveParts } from './directive-parts'
import type { ExplicitBlocks, ExplicitSite } from './explicit-markup'

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

/** `.. |name| replace:: text` (and `unicode::`, `image::`): a substitution definition. */
export function substitution(name: string, p: DirectiveParts, ctx: ParseContext): Block {
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

/** Reads one directive; an unknown one is kept as text with a warning. */
export function directive(p: DirectiveParts, site: ExplicitSite): ExplicitBlocks {
  const { body, end, ctx, depth } = site
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
    return adoptFollowingParagraph(kind, title, line, site)
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

function titleOf(p: DirectiveParts, ctx: ParseContext): Inline[] | undefined {
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
  site: ExplicitSite,
): ExplicitBlocks {
  const { outer, end, ctx, depth } = site
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
