import { tidySpaces } from '../text/fold'

// "|", ";", "," and line breaks separate keywords; so does a slash with spaces around it
// ("protocolo / alteração"), but not one inside a word ("Adesão/Dúvida").
const SEPARATORS = /[;|,\n]|\s+\/\s+/u

/** Splits a keywords section ("a | b; c, d.") into trimmed keywords, without trailing punctuation or empties. */
export function splitKeywords(text: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of text.split(SEPARATORS)) {
    const keyword = tidySpaces(part)
      .replace(/[.;:!?,…]+$/u, '')
      .trim()
    if (!keyword) continue
    const key = keyword.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out.push(keyword)
  }
  return out
}
