/** Accent and case folding shared by indexing, querying and snippet matching. */

const COMBINING_MARKS = /\p{M}+/gu

/** Lower-cases and strips diacritics: "Configuração" → "configuracao", "1º" → "1o". */
export function fold(text: string): string {
  // NFKD also maps compatibility forms (º, ª, ligatures) to plain letters.
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase()
}
