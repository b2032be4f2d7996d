import { tidySpaces } from '../text/fold'

/** Longest label a step gets before it is cut at a word boundary. */
export const MAX_LABEL_CHARS = 160

// A sentence ends at . ! ? … (optionally closed by a quote or bracket) followed by a space and
// an upper-case letter, digit or opening quote; "3.6.1", "gov.br" and "ex.: a" do not end one.
const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+(?=[\p{Lu}\p{N}"“'(¹²³])/gu

// Abbreviations whose period goes on with the sentence: "conforme o Art. 17 da IN", "Sr. João".
const ABBREVIATION = /(^|[\s(])(arts?|incs?|sra?s?|dra?s?|profa?|n[º°o])\.$/iu

/** Splits a text into sentences (trimmed, non-empty). */
export function splitSentences(text: string): string[] {
  const clean = tidySpaces(text)
  const out: string[] = []
  let start = 0
  for (const m of clean.matchAll(SENTENCE_END)) {
    if (ABBREVIATION.test(clean.slice(Math.max(start, m.index - 6), m.index + 1))) continue
    const end = m.index + m[0].trimEnd().length
    out.push(clean.slice(start, end).trim())
    start = m.index + m[0].length
  }
  const rest = clean.slice(start).trim()
  if (rest) out.push(rest)
  return out.filter(Boolean)
}

/** Shortens a text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max = MAX_LABEL_CHARS): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`
}

/** The first sentence of a text, clipped to a label length. */
export function firstSentence(text: string, max = MAX_LABEL_CHARS): string {
  return clip(splitSentences(text)[0] ?? '', max)
}
