/** Simple tables (=== borders) and the list-table and csv-table directives. */
import type { Block, Inline, TableCell } from './types'
import type { ViewLine } from './lines'
import { content, relative } from './lines'
import { inlineLater, report, type ParseContext } from './context'

type TableBlock = Extract<Block, { type: 'table' }>

const SIMPLE_BORDER = /^=+(?: +=+)*$/
const SIMPLE_DASH = /^-+(?: +-+)*$/

/** Per view: index from which no simple-table end exists (keeps failed scans linear). */
const NO_SIMPLE_END = new WeakMap<ViewLine[], number>()

/** A simple table (=== borders) starting at line i, or null. */
export function parseSimpleTable(lines: ViewLine[], i: number, ctx: ParseContext, depth: number) {
  const top = content(lines[i])
  const cols: [number, number][] = []
  for (let c = 0; c < top.length;) {
    if (top[c] === '=') {
      const s = c
      while (top[c] === '=') c++
      cols.push([s, c])
    } else c++
  }
  const noEnd = NO_SIMPLE_END.get(lines)
  if (noEnd !== undefined && i >= noEnd) return null
  const borders: number[] = [i]
  let j = i + 1
  let end = -1
  for (; j < lines.length; j++) {
    const l = lines[j]
    if (l.src.blank) continue
    if (l.ind === 0 && SIMPLE_BORDER.test(content(l))) {
      borders.push(j)
      const n = lines[j + 1]
      if (!n || n.src.blank) {
        end = j + 1
        break
      }
    }
  }
  if (end < 0) NO_SIMPLE_END.set(lines, i)
  if (end < 0 || borders.length < 2) return null
  const borderSet = new Set(borders)
  const headEnd = borders.length > 2 ? borders[1] : -1
  const header: TableCell[][] = []
  const rows: TableCell[][] = []
  let cur: { texts: string[]; line: number }[] | null = null
  let curTarget = rows
  const flush = () => {
    if (cur) curTarget.push(cur.map((c) => cellOf(c.texts, c.line, ctx, depth)))
    cur = null
  }
  for (let r = i + 1; r < end - 1; r++) {
    const l = lines[r]
    if (borderSet.has(r)) {
      flush()
      continue
    }
    const text = relative(l)
    if (l.src.blank || SIMPLE_DASH.test(text.trim())) continue
    const target = headEnd >= 0 && r < headEnd ? header : rows
    const parts = cols.map(([s], k) =>
      text.slice(s, k + 1 < cols.length ? cols[k + 1][0] : undefined).trim(),
    )
    if (cur === null || target !== curTarget || parts[0] !== '') {
      flush()
      curTarget = target
      cur = parts.map((p) => ({ texts: [p], line: l.src.no }))
    } else {
      const row: { texts: string[]; line: number }[] = cur
      parts.forEach((p, k) => p !== '' && row[k].texts.push(p))
    }
  }
  flush()
  return { block: { type: 'table', line: lines[i].src.no, header, rows } satisfies Block, end }
}

function cellOf(texts: string[], line: number, ctx: ParseContext, _depth: number): TableCell {
  const text = texts.filter((t) => t !== '').join('\n')
  return {
    children:
      text === '' ? [] : [{ type: 'paragraph', line, children: inlineLater(ctx, text, line) }],
  }
}

/** `.. list-table::`: a bullet list of rows, each a bullet list of cells. */
export function parseListTable(
  blocks: Block[],
  options: Map<string, string>,
  title: Inline[] | undefined,
  line: number,
  ctx: ParseContext,
): TableBlock {
  const list = blocks.find((b) => b.type === 'bullet_list')
  const all: TableCell[][] = []
  if (!list || list.type !== 'bullet_list' || blocks.length !== 1) {
    report(
      ctx,
      line,
      'warning',
      'malformed-table',
      'list-table content must be one bullet list of bullet lists',
    )
  }
  if (list && list.type === 'bullet_list') {
    for (const item of list.items) {
      const inner = item.children[0]
      if (inner && inner.type === 'bullet_list' && item.children.length === 1) {
        all.push(inner.items.map((c) => ({ children: c.children })))
      } else {
        all.push([{ children: item.children }])
      }
    }
  }
  const headRows = Math.max(
    0,
    Math.min(all.length, Number.parseInt(options.get('header-rows') ?? '0', 10) || 0),
  )
  const table: TableBlock = {
    type: 'table',
    line,
    header: all.slice(0, headRows),
    rows: all.slice(headRows),
  }
  if (title) table.title = title
  return table
}

/** `.. csv-table::` with inline content (":file:"/":url:" are not read: returns null). */
export function parseCsvTable(
  texts: string[],
  options: Map<string, string>,
  title: Inline[] | undefined,
  line: number,
  ctx: ParseContext,
): TableBlock | null {
  if (options.has('file') || options.has('url')) return null
  const delim = options.get('delim')?.[0] ?? ','
  const cell = (t: string): TableCell => ({
    children: t === '' ? [] : [{ type: 'paragraph', line, children: inlineLater(ctx, t, line) }],
  })
  const rows = splitCsv(texts.join('\n'), delim).map((r) => r.map(cell))
  const header = options.has('header')
    ? splitCsv(options.get('header') ?? '', delim).map((r) => r.map(cell))
    : []
  const headRows = Number.parseInt(options.get('header-rows') ?? '0', 10) || 0
  const table: TableBlock = {
    type: 'table',
    line,
    header: [...header, ...rows.slice(0, headRows)],
    rows: rows.slice(headRows),
  }
  if (title) table.title = title
  return table
}

/** Minimal RFC 4180 reader (quotes, doubled quotes); one pass. */
function splitCsv(text: string, delim: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let any = false
  for (let k = 0; k < text.length; k++) {
    const c = text[k]
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') {
        field += '"'
        k++
      } else if (c === '"') quoted = false
      else field += c
      continue
    }
    if (c === '"' && field.trim() === '') {
      quoted = true
      field = ''
      any = true
    } else if (c === delim) {
      row.push(field.trim())
      field = ''
      any = true
    } else if (c === '\n') {
      if (any || field.trim() !== '') rows.push([...row, field.trim()])
      row = []
      field = ''
      any = false
    } else {
      field += c
      if (c !== ' ') any = true
    }
  }
  if (any || field.trim() !== '') rows.push([...row, field.trim()])
  return rows
}
