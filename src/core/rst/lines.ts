/**
 * Source lines and indented views over them. Nested blocks never copy or re-slice text:
 * a view line points at its source line plus the column its block starts at, so parsing
 * nested structure costs one pass per nesting level over that level's lines only.
 */

export interface SourceLine {
  /** Tabs expanded to 8-column stops, trailing whitespace removed. */
  text: string
  /** 1-based line number in the file. */
  no: number
  /** Count of leading spaces (the whole length for blank lines). */
  indent: number
  blank: boolean
}

export interface ViewLine {
  src: SourceLine
  /** Column where the enclosing block begins on this line. */
  col: number
  /** Spaces between `col` and the first non-space character (0 for blank lines). */
  ind: number
}

const TAB_WIDTH = 8

/** Splits normalized text into source lines (tabs expanded, right-trimmed). */
export function splitLines(text: string): SourceLine[] {
  const raw = text.split('\n')
  const out: SourceLine[] = new Array(raw.length)
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]
    if (t.includes('\t')) t = expandTabs(t)
    t = t.trimEnd()
    let indent = 0
    while (indent < t.length && t.charCodeAt(indent) === 32) indent++
    out[i] = { text: t, no: i + 1, indent, blank: t.length === 0 }
  }
  return out
}

function expandTabs(t: string): string {
  let out = ''
  let col = 0
  let from = 0
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) === 9) {
      out += t.slice(from, i)
      col += i - from
      const pad = TAB_WIDTH - (col % TAB_WIDTH)
      out += ' '.repeat(pad)
      col += pad
      from = i + 1
    }
  }
  return out + t.slice(from)
}

/** A view over every source line at column 0. */
export function rootView(lines: SourceLine[]): ViewLine[] {
  return lines.map((src) => ({ src, col: 0, ind: src.blank ? 0 : src.indent }))
}

/** View line at a new base column (`col` must be at or before the first non-space). */
export function at(src: SourceLine, col: number): ViewLine {
  if (src.blank) return { src, col, ind: 0 }
  if (col <= src.indent) return { src, col, ind: src.indent - col }
  let i = col
  const t = src.text
  while (i < t.length && t.charCodeAt(i) === 32) i++
  return { src, col, ind: i - col }
}

/** The line's text after its indentation. */
export function content(v: ViewLine): string {
  return v.src.blank ? '' : v.src.text.slice(v.col + v.ind)
}

/** The line's text relative to the block's base column (keeps deeper indentation). */
export function relative(v: ViewLine): string {
  return v.src.blank ? '' : v.src.text.slice(v.col)
}

/**
 * Lines from `start` that belong to an indented body: blank or indented (ind > 0); the body
 * ends at the first non-blank line with no indentation. Trailing blank lines are excluded.
 */
export function indentedEnd(lines: ViewLine[], start: number): number {
  let end = start
  let lastNonBlank = start
  while (end < lines.length) {
    const l = lines[end]
    if (!l.src.blank) {
      if (l.ind === 0) break
      lastNonBlank = end + 1
    }
    end++
  }
  return lastNonBlank
}

/** Re-bases lines by their minimum indentation. */
export function dedent(lines: ViewLine[]): ViewLine[] {
  let min = Infinity
  for (const l of lines) if (!l.src.blank && l.ind < min) min = l.ind
  if (min === Infinity) min = 0
  return lines.map((l) =>
    l.src.blank ? { src: l.src, col: l.col, ind: 0 } : at(l.src, l.col + min),
  )
}

/** Removes leading and trailing blank lines. */
export function trimBlank(lines: ViewLine[]): ViewLine[] {
  let s = 0
  let e = lines.length
  while (s < e && lines[s].src.blank) s++
  while (e > s && lines[e - 1].src.blank) e--
  return s === 0 && e === lines.length ? lines : lines.slice(s, e)
}
