/**
 * The one accent and case fold of the project: knowledge comparisons, step keys, search terms and
 * responsibility tiers all go through `foldAccents`. It decomposes with NFD (not NFKD): step keys
 * recorded on tickets are hashes of `foldText`, and NFKD would change them for texts with º, ª,
 * superscripts, µ or "…" (a quarter of pen-wiki's steps).
 */

/** Characters that count as spaces in headings and text: NBSP, NNBSP, figure space, etc. */
const SPACES = /[\s\u00a0\u2007\u202f\u2060\ufeff]+/gu
const MARKS = /\p{M}+/gu

/** Lower-cases and strips diacritics: "Configuração ÓRGÃO" → "configuracao orgao". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase()
}

/** Folds text for comparisons: no accents, lower case, whitespace (incl. NBSP/NNBSP) collapsed, trimmed. */
export function foldText(text: string): string {
  return foldAccents(text).replace(SPACES, ' ').trim()
}

/** Collapses whitespace (incl. NBSP/NNBSP) to single spaces and trims, keeping accents and case. */
export function tidySpaces(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim()
}
