import { contentWords } from './score'

/** Why a derived step that matches nothing is noise, or null when it is a real (if extra) step. */
export type NoiseKind = 'restatement' | 'placeholder' | 'link'

const PLACEHOLDER =
  /(['"‘“]\s*\.{3,}\s*['"’”]|\[\s*inserir\b|\binserir aqui\b|_{3,}|\bx{4,}\b|\{[^}]*aqui\s*\})/iu
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu
// Share of a step's words found in Situação / Quando Ocorre that makes it a restatement.
const RESTATES = 0.7

/** Classifies a derived step's text against the article's situation text (Situação + Quando Ocorre). */
export function noiseKind(text: string, situation: string): NoiseKind | null {
  if (PLACEHOLDER.test(text)) return 'placeholder'
  const withoutUrls = text.replace(URL, ' ')
  const own = contentWords(withoutUrls)
  if (withoutUrls !== text && own.size < 3) return 'link'
  if (own.size === 0) return 'placeholder'
  const context = contentWords(situation)
  let shared = 0
  for (const w of own) if (context.has(w)) shared++
  return shared / own.size >= RESTATES ? 'restatement' : null
}
