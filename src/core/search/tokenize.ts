/**
 * Our own tokenizer, used for indexing, queries and snippets alike. Lunr's default tokenizer
 * splits only on whitespace and hyphens, leaving punctuation glued to words; the English trimmer
 * that would clean it drops non-ASCII letters ("órgão" → "rgão"). Here a word is a run of Unicode
 * letters and decimal digits, and dotted or numeric codes ("3.6.1", "protocolo.gov.br",
 * "00001.000001/2023-11") are kept whole as well as split into their parts. A word followed by a
 * number or code ("status 6", "erro 500", "versão 3.6.1") is also emitted as one pair token
 * ("status_6"): the number is tied to its word, so a query about status 6 does not rank an
 * article about status 5 (that merely mentions a 6 elsewhere) as high as one about status 6.
 */

export interface TextToken {
  /** The token as written (not folded); for a pair, word and number joined by PAIR_JOINER. */
  text: string
  /** Character offsets in the source string, [start, end). */
  start: number
  end: number
  /** Ordinal of the word in the text (a code or pair shares the ordinal of its first part). */
  index: number
  /** True for the whole form of a compound code or a pair; its parts follow as separate tokens. */
  compound: boolean
  /** True for a word–number pair ("status_6"). */
  pair?: boolean
}

/** Joins the word and the number of a pair token. */
export const PAIR_JOINER = '_'

const WORD = /[\p{L}\p{Nd}\p{M}]+/gu
const JOINERS = './:-_'
const HAS_DIGIT = /\p{Nd}/u

interface Run {
  start: number
  end: number
  first: number
}

/** Splits text into words (and whole codes, and word–number pairs), with offsets and ordinals. */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = []
  const runs: Run[] = []
  let index = 0
  // Words are found in one pass; a run is words joined by single joiner characters.
  let run: Run | null = null
  WORD.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = WORD.exec(text)) !== null) {
    const start = match.index
    const end = start + match[0].length
    const joined = run !== null && start === run.end + 1 && JOINERS.includes(text[run.end])
    if (!joined) {
      if (run) closeRun(text, run, tokens, runs)
      run = { start, end, first: tokens.length }
    } else if (run) {
      run.end = end
    }
    tokens.push({ text: match[0], start, end, index: index++, compound: false })
  }
  if (run) closeRun(text, run, tokens, runs)
  return addPairs(text, tokens, runs)
}

/** Inserts the whole form of a multi-part code before its parts. */
function closeRun(text: string, run: Run, tokens: TextToken[], runs: Run[]): void {
  runs.push(run)
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

const LETTERS = /^[\p{L}\p{M}]{2,}$/u
const STARTS_WITH_DIGIT = /^\p{Nd}/u
/** What may stand between a word and its number: spaces, and at most a colon or "#". */
const PAIR_GAP = /^\s*[:#]?\s*$/u
const MAX_PAIR_NUMBER = 20

/** Inserts a "word_number" token before each plain word directly followed by a number/code. */
function addPairs(text: string, tokens: TextToken[], runs: Run[]): TextToken[] {
  const pairs: { before: number; token: TextToken }[] = []
  for (let k = 1; k < runs.length; k++) {
    const word = runs[k - 1]
    const number = runs[k]
    const wordText = text.slice(word.start, word.end)
    const numberText = text.slice(number.start, number.end)
    if (!LETTERS.test(wordText) || !STARTS_WITH_DIGIT.test(numberText)) continue
    if (numberText.length > MAX_PAIR_NUMBER) continue
    if (!PAIR_GAP.test(text.slice(word.end, number.start))) continue
    pairs.push({
      before: word.first,
      token: {
        text: wordText + PAIR_JOINER + numberText,
        start: word.start,
        end: number.end,
        index: tokens[word.first].index,
        compound: true,
        pair: true,
      },
    })
  }
  if (!pairs.length) return tokens
  const out: TextToken[] = []
  let next = 0
  tokens.forEach((token, i) => {
    while (next < pairs.length && pairs[next].before === i) out.push(pairs[next++].token)
    out.push(token)
  })
  return out
}
