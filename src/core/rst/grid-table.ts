/** Grid tables (+---+ borders, | cells, +===+ header separator, row and column spans). */
import type { Block, TableCell } from './types'
import type { SourceLine, ViewLine } from './lines'
import { content, dedent, relative, rootView } from './lines'
import { report, type ParseContext } from './context'
import { parseBlocks } from './blocks'

const BORDER = /^\+(?:[-=]+\+)+$/

interface Cell {
  top: number
  left: number
  bottom: number
  right: number
}

/** A grid table starting at line i, or null when the lines do not form one. */
export function parseGridTable(lines: ViewLine[], i: number, ctx: ParseContext, depth: number) {
  let j = i
  let lastBorder = i
  while (j < lines.length && !lines[j].src.blank && lines[j].ind === 0) {
    const t = content(lines[j])
    if (t[0] !== '+' && t[0] !== '|') break
    if (t[0] === '+' && BORDER.test(t)) lastBorder = j
    j++
  }
  if (lastBorder === i) return null
  const end = lastBorder + 1
  const view = lines.slice(i, end)
  const grid = view.map((l) => relative(l))
  const width = grid[0].length
  let headSep = -1
  for (let r = 1; r < grid.length - 1; r++) {
    if (/^\+=[=+]*\+$/.test(grid[r])) {
      headSep = r
      grid[r] = grid[r].replaceAll('=', '-')
      break
    }
  }
  for (let r = 0; r < grid.length; r++) {
    const g = grid[r]
    grid[r] = g.length >= width ? g.slice(0, width) : g + ' '.repeat(width - g.length)
  }
  const cells = scanGrid(grid)
  const line = lines[i].src.no
  if (cells === null) {
    report(ctx, line, 'warning', 'malformed-table', 'grid table could not be read; shown as text')
    return { block: { type: 'literal_block', line, value: grid.join('\n') } satisfies Block, end }
  }
  const rowBounds = [...new Set(cells.map((c) => c.top))].sort((a, b) => a - b)
  const colBounds = [...new Set(cells.flatMap((c) => [c.left, c.right]))].sort((a, b) => a - b)
  const header: TableCell[][] = []
  const rows: TableCell[][] = []
  const rowIndex = new Map([...rowBounds, grid.length - 1].map((b, k) => [b, k]))
  const colIndex = new Map(colBounds.map((b, k) => [b, k]))
  const headRows = headSep >= 0 ? rowBounds.filter((b) => b < headSep).length : 0
  for (const c of cells) {
    const srcLines: SourceLine[] = []
    for (let r = c.top + 1; r < c.bottom; r++) {
      const text = grid[r].slice(c.left + 1, c.right).trimEnd()
      let indent = 0
      while (indent < text.length && text.charCodeAt(indent) === 32) indent++
      srcLines.push({ text, no: view[r].src.no, indent, blank: text.length === 0 })
    }
    const cell: TableCell = { children: parseBlocks(dedent(rootView(srcLines)), ctx, depth + 1) }
    const colspan = (colIndex.get(c.right) ?? 0) - (colIndex.get(c.left) ?? 0)
    const rowspan = (rowIndex.get(c.bottom) ?? 0) - (rowIndex.get(c.top) ?? 0)
    if (colspan > 1) cell.colspan = colspan
    if (rowspan > 1) cell.rowspan = rowspan
    const target = headSep >= 0 && c.top < headSep ? header : rows
    const k = rowIndex.get(c.top) ?? 0
    const idx = target === header ? k : k - headRows
    while (target.length <= idx) target.push([])
    target[idx].push(cell)
  }
  return { block: { type: 'table', line, header, rows } satisfies Block, end }
}

/**
 * docutils' GridTableParser cell scan (right, down, left, up from each corner), with a step
 * budget so a malformed grid cannot cost more than linear time in the table's size.
 */
function scanGrid(grid: string[]): Cell[] | null {
  const height = grid.length
  const width = grid[0].length
  const right = width - 1
  const bottom = height - 1
  let budget = 64 * height * width + 10_000
  const done = new Array<number>(width).fill(-1)
  const cells: Cell[] = []
  const corners = new MinHeap()
  corners.push(0)
  const seen = new Set<number>([0])
  const ch = (r: number, c: number) => grid[r][c]

  const scanUp = (top: number, left: number, bot: number): boolean => {
    for (let r = bot - 1; r > top; r--) {
      if (--budget < 0) return false
      const x = ch(r, left)
      if (x !== '+' && x !== '|') return false
    }
    return true
  }
  const scanLeft = (top: number, left: number, bot: number, rgt: number): boolean => {
    const l = grid[bot]
    for (let c = rgt - 1; c > left; c--) {
      if (--budget < 0) return false
      if (l[c] !== '+' && l[c] !== '-') return false
    }
    return l[left] === '+' && scanUp(top, left, bot)
  }
  const scanDown = (top: number, left: number, rgt: number): number => {
    for (let r = top + 1; r <= bottom; r++) {
      if (--budget < 0) return -1
      const x = ch(r, rgt)
      if (x === '+') {
        if (scanLeft(top, left, r, rgt)) return r
      } else if (x !== '|') return -1
    }
    return -1
  }
  const scanCell = (top: number, left: number): Cell | null => {
    if (ch(top, left) !== '+') return null
    const l = grid[top]
    for (let c = left + 1; c <= right; c++) {
      if (--budget < 0) return null
      if (l[c] === '+') {
        const b = scanDown(top, left, c)
        if (b >= 0) return { top, left, bottom: b, right: c }
      } else if (l[c] !== '-') return null
    }
    return null
  }

  while (corners.size > 0) {
    if (budget < 0) return null
    const key = corners.pop()
    const top = Math.floor(key / width)
    const left = key % width
    if (top === bottom || left === right || top <= done[left]) continue
    const cell = scanCell(top, left)
    if (!cell) continue
    for (let c = cell.left; c < cell.right; c++) done[c] = Math.max(done[c], cell.bottom - 1)
    cells.push(cell)
    for (const [r, c] of [
      [cell.top, cell.right],
      [cell.bottom, cell.left],
    ]) {
      const k = r * width + c
      if (!seen.has(k)) {
        seen.add(k)
        corners.push(k)
      }
    }
  }
  if (cells.length === 0 || budget < 0) return null
  // Every column must be covered down to the last border, or some cell was not closed.
  for (let c = 0; c < right; c++) if (done[c] !== bottom - 1) return null
  cells.sort((a, b) => a.top - b.top || a.left - b.left)
  return cells
}

/** Corners in reading order (row-major keys), as docutils' sorted corner list. */
class MinHeap {
  private readonly a: number[] = []
  get size(): number {
    return this.a.length
  }
  push(v: number): void {
    const a = this.a
    a.push(v)
    for (let k = a.length - 1; k > 0;) {
      const p = (k - 1) >> 1
      if (a[p] <= a[k]) break
      ;[a[p], a[k]] = [a[k], a[p]]
      k = p
    }
  }
  pop(): number {
    const a = this.a
    const top = a[0]
    const last = a.pop() as number
    if (a.length > 0) {
      a[0] = last
      for (let k = 0; ;) {
        const l = 2 * k + 1
        const r = l + 1
        let m = k
        if (l < a.length && a[l] < a[m]) m = l
        if (r < a.length && a[r] < a[m]) m = r
        if (m === k) break
        ;[a[m], a[k]] = [a[k], a[m]]
        k = m
      }
    }
    return top
  }
}
