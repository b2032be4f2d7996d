/** Section titles (underline, or overline + underline) and document-level transitions. */
import type { Block, Inline } from './types'
import type { ViewLine } from './lines'
import { content } from './lines'
import { report, type ParseContext } from './context'
import { normalizeHeading } from '../text/decode'

/** docutils accepts an underline shorter than its title when it has at least this many chars. */
const MIN_SHORT_UNDERLINE = 4

/** An adornment line: one punctuation character repeated (used by titles and transitions). */
export function isAdornment(text: string): boolean {
  if (text.length === 0) return false
  const c = text.charCodeAt(0)
  const punct =
    (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
  if (!punct) return false
  for (let k = 1; k < text.length; k++) if (text.charCodeAt(k) !== c) return false
  return true
}

/** A transition marker: an adornment line of four or more characters. */
export function isTransitionLine(text: string): boolean {
  return text.length >= 4 && isAdornment(text)
}

/** A title or transition starting at line i, or null. */
export function sectionAt(
  lines: ViewLine[],
  i: number,
  ctx: ParseContext,
): { block: Block; end: number } | null {
  const text = content(lines[i])
  const next = lines[i + 1]
  const nextText = next && !next.src.blank ? content(next) : ''
  if (isAdornment(text)) {
    const under = lines[i + 2]
    if (nextText !== '' && under && under.ind === 0 && !under.src.blank) {
      const underText = content(under)
      if (underText[0] === text[0] && isAdornment(underText) && !isAdornment(nextText.trim())) {
        if (underText.length !== text.length) {
          report(
            ctx,
            lines[i].src.no,
            'warning',
            'title-overline-mismatch',
            'title overline and underline differ in length',
          )
        }
        return { block: section(ctx, nextText.trim(), `${text[0]}o`, next.src.no), end: i + 3 }
      }
    }
    if (isTransitionLine(text) && nextText === '') {
      return { block: { type: 'transition', line: lines[i].src.no }, end: i + 1 }
    }
  }
  if (nextText === '' || next.ind !== 0 || !isAdornment(nextText) || isAdornment(text)) return null
  const width = normalizeHeading(text).length
  if (nextText.length < width) {
    if (nextText.length < MIN_SHORT_UNDERLINE) return null
    report(
      ctx,
      next.src.no,
      'warning',
      'title-underline-short',
      'title underline is shorter than the title',
    )
  }
  return { block: section(ctx, text, nextText[0], lines[i].src.no), end: i + 2 }
}

function section(ctx: ParseContext, text: string, style: string, line: number): Block {
  let k = ctx.styles.indexOf(style)
  if (k < 0) {
    ctx.styles.push(style)
    k = ctx.styles.length - 1
  }
  const title: Inline[] = []
  const block: Extract<Block, { type: 'section' }> = {
    type: 'section',
    line,
    level: k + 1,
    title,
    titleText: '',
    anchor: '',
    children: [],
  }
  ctx.titles.push({ text, line, into: title, section: block })
  return block
}
