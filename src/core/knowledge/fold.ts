/** Characters that count as spaces in headings and text: NBSP, NNBSP, figure space, etc. */
const SPACES = /[\s\u00a0\u2007\u202f\u2060\ufeff]+/gu
const MARKS = /\p{M}+/gu

/** Folds text for comparisons: no accents, lower case, whitespace (incl. NBSP/NNBSP) collapsed, trimmed. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(SPACES, ' ').trim()
}

/** Collapses whitespace (incl. NBSP/NNBSP) to single spaces and trims, keeping accents and case. */
export function tidySpaces(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim()
}
