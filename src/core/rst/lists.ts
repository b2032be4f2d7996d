/** Bullet, enumerated and field lists: items whose bodies are indented under their marker. */
import type { Block, ListItem } from './types'
import type { ViewLine } from './lines'
import { at, content, dedent, indentedEnd } from './lines'
import type { ParseContext } from './context'
import { parseBlocks } from './blocks'

/** Bullet list marker. */
export const BULLET = /^([-*+•‣⁃])(?: +|$)/
const ENUM =
  /^(?:\(([0-9]{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,15}|#)\)|([0-9]{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,15}|#)([.)])|([0-9]{1,9})[º°ª]([.)]?))(?: +|$)/
/** Field list marker (`:name:`). */
export const FIELD = /^:([^:\s`][^:`]{0,99}?):(?: +|$)/

export interface EnumMarker {
  enumType: string
  format: string
  start: number
  width: number
}

/** Body of a list item / field: the text after the marker plus the indented lines below. */
export function itemBody(
  lines: ViewLine[],
  i: number,
  width: number,
): { body: ViewLine[]; end: number } {
  const l = lines[i]
  const end = indentedEnd(lines, i + 1)
  return { body: [at(l.src, l.col + l.ind + width), ...dedent(lines.slice(i + 1, end))], end }
}

export function nextNonBlank(lines: ViewLine[], i: number): number {
  while (i < lines.length && lines[i].src.blank) i++
  return i
}

export function parseBulletList(lines: ViewLine[], i: number, ctx: ParseContext, depth: number) {
  const line = lines[i].src.no
  const marker = content(lines[i])[0]
  const items: ListItem[] = []
  let end = i
  for (;;) {
    const m = BULLET.exec(content(lines[i]))
    if (!m || m[1] !== marker) break
    const r = itemBody(lines, i, m[0].length)
    items.push({ line: lines[i].src.no, children: parseBlocks(r.body, ctx, depth + 1) })
    end = r.end
    i = nextNonBlank(lines, end)
    if (i >= lines.length || lines[i].ind !== 0) break
  }
  return { block: { type: 'bullet_list', line, items } satisfies Block, end }
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }

function romanValue(s: string): number {
  let total = 0
  const t = s.toLowerCase()
  for (let k = 0; k < t.length; k++) {
    const v = ROMAN[t[k]]
    const nextV = ROMAN[t[k + 1]] ?? 0
    total += v < nextV ? -v : v
  }
  return total
}

export function enumMarker(text: string, prevType?: string): EnumMarker | null {
  const m = ENUM.exec(text)
  if (!m) return null
  const width = m[0].length
  if (m[4] !== undefined)
    return { enumType: 'ordinal', format: `º${m[5]}`, start: Number(m[4]), width }
  const value = m[1] ?? m[2]
  const format = m[1] !== undefined ? '()' : m[3]
  if (value === '#') return { enumType: prevType ?? 'auto', format, start: 1, width }
  if (/^[0-9]+$/.test(value)) return { enumType: 'arabic', format, start: Number(value), width }
  const roman = /^[ivxlcdm]+$/i.test(value)
  const isRoman =
    roman && (value.length > 1 || value === 'i' || value === 'I' || prevType?.endsWith('roman'))
  if (isRoman) {
    const lower = value === value.toLowerCase()
    return {
      enumType: lower ? 'lowerroman' : 'upperroman',
      format,
      start: romanValue(value),
      width,
    }
  }
  if (value.length !== 1) return null
  const lower = value === value.toLowerCase()
  const start = value.toLowerCase().charCodeAt(0) - 96
  return { enumType: lower ? 'loweralpha' : 'upperalpha', format, start, width }
}

/** docutils: a one-line item followed by unindented text is a paragraph, not a list. */
export function enumListStarts(lines: ViewLine[], i: number): boolean {
  const n = lines[i + 1]
  return n === undefined || n.src.blank || n.ind > 0 || enumMarker(content(n)) !== null
}

export function parseEnumList(
  lines: ViewLine[],
  i: number,
  first: EnumMarker,
  ctx: ParseContext,
  depth: number,
) {
  const line = lines[i].src.no
  const items: ListItem[] = []
  let end = i
  let m: EnumMarker | null = first
  while (m) {
    const r = itemBody(lines, i, m.width)
    items.push({ line: lines[i].src.no, children: parseBlocks(r.body, ctx, depth + 1) })
    end = r.end
    i = nextNonBlank(lines, end)
    if (i >= lines.length || lines[i].ind !== 0) break
    m = enumMarker(content(lines[i]), first.enumType)
    const sameList =
      m !== null &&
      m.format === first.format &&
      (m.enumType === first.enumType || m.enumType === 'auto' || first.enumType === 'auto')
    if (!sameList) break
  }
  const block: Block = {
    type: 'enumerated_list',
    line,
    enumType: first.enumType,
    start: first.start,
    items,
  }
  return { block, end }
}

export function parseFieldList(lines: ViewLine[], i: number, ctx: ParseContext, depth: number) {
  const line = lines[i].src.no
  const fields: { line: number; name: string; body: Block[] }[] = []
  let end = i
  for (;;) {
    const m = FIELD.exec(content(lines[i]))
    if (!m) break
    const r = itemBody(lines, i, m[0].length)
    fields.push({
      line: lines[i].src.no,
      name: m[1].trim(),
      body: parseBlocks(r.body, ctx, depth + 1),
    })
    end = r.end
    i = nextNonBlank(lines, end)
    if (i >= lines.length || lines[i].ind !== 0) break
  }
  return { block: { type: 'field_list', line, fields } satisfies Block, end }
}
