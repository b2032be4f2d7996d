/**
 * Our own tokenizer, used for indexing, queries and snippets alike. Lunr's default tokenizer
 * splits only on whitespace and hyphens, leaving punctuation glued to words; the English trimmer
 * that would clean it drops non-ASCII letters ("órgão" → "rgão"). Here a word is a run of Unicode
 * letters and decimal digits, and dotted or numeric codes ("3.6.1", "protocolo.gov.br",
 * "00001.000001/2023-11") are kept whole as well as split into their parts.
 */

export interface TextToken {
  /** The token as written (not folded). */
  text: string
  /** Character offsets in the source string, [start, end). */
  start: number
  end: number
  /** Ordinal of the word in the text (a code shares the ordinal of its first part). */
  index: number
  /** True for the whole form of a compound code; its parts follow as separate tokens. */
  compound: boolean
}

const WORD = /[\p{L}\p{Nd}\p{M}]+/gu
const JOINERS = './:-_'
const HAS_DIGIT = /\p{Nd}/u

/** Splits text into words (and whole codes), with offsets and ordinals. */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = []
  let index = 0
  // Words are found in one pass; a run is words joined by single joiner characters.
  let run: { start: number; end: number; first: number } | null = null
  WORD.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = WORD.exec(text)) !== null) {
    const start = match.index
    const end = start + match[0].length
    const joined = run !== null && start === run.end + 1 && JOINERS.includes(text[run.end])
    if (!joined) {
      if (run) closeRun(text, run, tokens)
      run = { start, end, first: tokens.length }
    } else if (run) {
      run.end = end
    }
    tokens.push({ text: match[0], start, end, index: index++, compound: false })
  }
  if (run) closeRun(text, run, tokens)
  return tokens
}

/** Inserts the whole form of a multi-part code before its parts. */
function closeRun(
  text: string,
  run: { start: number; end: number; first: number },
  tokens: TextToken[],
): void {
  if (tokens.length - run.first < 2) return
  const value = text.slice(run.start, run.end)
  if (!isCode(value)) return
  const first = tokens[run.first]
  tokens.splice(run.first, 0, {
    text: value,
    start: run.start,
    end: run.end,
    index: first.index,
    compound: true,
  })
}

/** A joined run worth keeping whole: dotted names/versions, or anything with a digit. */
function isCode(value: string): boolean {
  if (value.length > 40) return false
  return HAS_DIGIT.test(value) || !/[/:\-_]/.test(value)
}
