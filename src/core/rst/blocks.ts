/**
 * Body elements: the block-level state machine over indented views. Each construct consumes
 * a contiguous run of lines and recurses only into its own (dedented) body.
 */
import type { Block } from './types'
import type { ViewLine } from './lines'
import { at, content, dedent, indentedEnd, relative, trimBlank } from './lines'
import { MAX_DEPTH, inlineLater, report, type ParseContext } from './context'
import { parseExplicit } from './explicit-markup'
import { parseSimpleTable } from './tables'
import { parseGridTable } from './grid-table'
import {
  BULLET,
  FIELD,
  enumListStarts,
  enumMarker,
  nextNonBlank,
  parseBulletList,
  parseEnumList,
  parseFieldList,
} from './lists'
import { isTransitionLine, sectionAt } from './section-titles'
import { superscriptLabel } from './inline-text'

const LINE_BLOCK = /^\|(?: +|$)/
const GRID_TOP = /^\+-[-+]*\+$/
const SIMPLE_TOP = /^=+(?: +=+)+$/
const SUPERSCRIPT_START = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?: +|$)/

/** Parses a run of view lines into blocks. `sections` is true only at document level. */
export function parseBlocks(
  lines: ViewLine[],
  ctx: ParseContext,
  depth: number,
  sections = false,
): Block[] {
  if (depth > MAX_DEPTH) return tooDeep(lines, ctx)
  const out: Block[] = []
  let i = 0
  while (i < lines.length) {
    const l = lines[i]
    if (l.src.blank) {
      i++
      continue
    }
    if (l.ind > 0) {
      const end = indentedEnd(lines, i)
      out.push(indentedBlock(dedent(lines.slice(i, end)), ctx, depth))
      i = end
      continue
    }
    const text = content(l)
    const next = i + 1
    if (sections) {
      const sec = sectionAt(lines, i, ctx)
      if (sec) {
        out.push(sec.block)
        i = sec.end
        continue
      }
    } else if (isTransitionLine(text) && (next >= lines.length || lines[next].src.blank)) {
      out.push({ type: 'transition', line: l.src.no })
      i = next
      continue
    }
    if (text.startsWith('..') && (text.length === 2 || text[2] === ' ')) {
      const end = indentedEnd(lines, next)
      const body = [
        at(l.src, l.col + l.ind + Math.min(3, text.length)),
        ...dedent(lines.slice(next, end)),
      ]
      const r = parseExplicit({ body, outer: lines, end, ctx, depth })
      out.push(...r.blocks)
      i = r.end
      continue
    }
    if (text.startsWith('__ ') || text === '__') {
      const end = indentedEnd(lines, next)
      const url = [text.slice(2), ...lines.slice(next, end).map(content)].join('').trim()
      ctx.anonymous.push(url)
      out.push({ type: 'target', line: l.src.no, name: '', url: null })
      i = end
      continue
    }
    const bullet = BULLET.exec(text)
    if (bullet) {
      const r = parseBulletList(lines, i, ctx, depth)
      out.push(r.block)
      i = r.end
      continue
    }
    const en = enumMarker(text)
    if (en && enumListStarts(lines, i)) {
      const r = parseEnumList(lines, i, en, ctx, depth)
      out.push(r.block)
      i = r.end
      continue
    }
    if (FIELD.test(text)) {
      const r = parseFieldList(lines, i, ctx, depth)
      out.push(r.block)
      i = r.end
      continue
    }
    if (LINE_BLOCK.test(text)) {
      const r = parseLineBlock(lines, i, ctx)
      out.push(r.block)
      i = r.end
      continue
    }
    if (GRID_TOP.test(text)) {
      const r = parseGridTable(lines, i, ctx, depth)
      if (r) {
        out.push(r.block)
        i = r.end
        continue
      }
    }
    if (SIMPLE_TOP.test(text)) {
      const r = parseSimpleTable(lines, i, ctx, depth)
      if (r) {
        out.push(r.block)
        i = r.end
        continue
      }
    }
    const r = parseParagraph(lines, i, ctx, depth)
    out.push(...r.blocks)
    i = r.end
  }
  return out
}

function tooDeep(lines: ViewLine[], ctx: ParseContext): Block[] {
  const body = trimBlank(lines)
  if (body.length === 0) return []
  if (!ctx.deepWarned) {
    ctx.deepWarned = true
    report(
      ctx,
      body[0].src.no,
      'warning',
      'nesting-too-deep',
      `nesting deeper than ${MAX_DEPTH} levels kept as literal text`,
    )
  }
  return [{ type: 'literal_block', line: body[0].src.no, value: body.map(relative).join('\n') }]
}

/** An indented block: a block quote, or the KB's "¹ text" footnote paragraph. */
function indentedBlock(body: ViewLine[], ctx: ParseContext, depth: number): Block {
  const first = body[0]
  const mark = SUPERSCRIPT_START.exec(content(first))
  if (mark) {
    const rest = [at(first.src, first.col + first.ind + mark[0].length), ...body.slice(1)]
    return {
      type: 'footnote',
      line: first.src.no,
      label: superscriptLabel(mark[1]),
      children: parseBlocks(rest, ctx, depth + 1),
      superscript: true,
    }
  }
  return { type: 'block_quote', line: first.src.no, children: parseBlocks(body, ctx, depth + 1) }
}

function parseLineBlock(lines: ViewLine[], i: number, ctx: ParseContext) {
  const line = lines[i].src.no
  const texts: { text: string; line: number }[] = []
  while (i < lines.length && !lines[i].src.blank) {
    const t = content(lines[i])
    if (lines[i].ind === 0 && LINE_BLOCK.test(t)) {
      texts.push({ text: t.replace(LINE_BLOCK, ''), line: lines[i].src.no })
    } else if (lines[i].ind > 0 && texts.length > 0) {
      texts[texts.length - 1].text += ` ${t}`
    } else break
    i++
  }
  const block: Block = {
    type: 'line_block',
    line,
    lines: texts.map((t) => inlineLater(ctx, t.text, t.line)),
  }
  return { block, end: i }
}

/** A paragraph, a definition list (term + indented definition) or a literal-block lead-in. */
function parseParagraph(lines: ViewLine[], i: number, ctx: ParseContext, depth: number) {
  const start = i
  const texts: string[] = []
  while (i < lines.length && !lines[i].src.blank && lines[i].ind === 0) {
    texts.push(content(lines[i]))
    i++
  }
  const blocks: Block[] = []
  const line = lines[start].src.no
  if (i < lines.length && !lines[i].src.blank && lines[i].ind > 0 && texts.length === 1) {
    return parseDefinitionList(lines, start, ctx, depth)
  }
  let text = texts.join('\n')
  const literal = text.endsWith('::')
  if (literal) {
    text = text === '::' ? '' : /\s::$/.test(text) ? text.slice(0, -2).trimEnd() : text.slice(0, -1)
  }
  if (text !== '') blocks.push({ type: 'paragraph', line, children: inlineLater(ctx, text, line) })
  if (!literal) return { blocks, end: i }
  const j = nextNonBlank(lines, i)
  if (j < lines.length && lines[j].ind > 0) {
    const end = indentedEnd(lines, j)
    const body = dedent(lines.slice(j, end))
    blocks.push({
      type: 'literal_block',
      line: lines[j].src.no,
      value: body.map(relative).join('\n'),
    })
    return { blocks, end }
  }
  report(
    ctx,
    line,
    'warning',
    'literal-block-expected',
    'paragraph ends with "::" but no indented block follows',
  )
  return { blocks, end: i }
}

function parseDefinitionList(lines: ViewLine[], i: number, ctx: ParseContext, depth: number) {
  const line = lines[i].src.no
  const items: { line: number; term: ReturnType<typeof inlineLater>; definition: Block[] }[] = []
  let end = i
  for (;;) {
    const term = content(lines[i])
    const defEnd = indentedEnd(lines, i + 1)
    const body = dedent(lines.slice(i + 1, defEnd))
    const termLine = lines[i].src.no
    items.push({
      line: termLine,
      term: inlineLater(ctx, term, termLine),
      definition: parseBlocks(body, ctx, depth + 1),
    })
    end = defEnd
    i = nextNonBlank(lines, end)
    const n = lines[i + 1]
    if (i >= lines.length || lines[i].ind !== 0 || !n || n.src.blank || n.ind === 0) break
    const t = content(lines[i])
    if (t.startsWith('..') || BULLET.test(t) || enumMarker(t) || FIELD.test(t)) break
  }
  return { blocks: [{ type: 'definition_list', line, items } satisfies Block], end }
}
