/**
 * Shorter forms of a long step's action, each made of the text's own words in their order: a
 * label that must fit drops asides and the circumstance before the instruction before it is cut,
 * so that the words that say what to do (often at the end of a long sentence) stay in the row.
 */
import { foldText } from '../../text/fold'
import { opensWithVerb } from './classify'
import { wordCount } from './inline'
import { actionSpan } from './action'

// "(anexo)", "(utilizado pelo usuário)", "(por exemplo em distribuições DEBIAN, …)": asides.
const PARENTHESIS = /\s*\([^()]*\)/gu
// Directives in the first person that open the instruction after a circumstance.
const DIRECTIVE_OPENER = /^(solicito|solicitamos|orientamos|pedimos|recomendamos|sugerimos)\b/u
const MIN_WORDS = 3
// "deve consultar" (not "deve possuir", a state): the modal of an instruction.
const STATELESS_MODAL =
  /^(deve|devem|deverá|deverão|precisa|precisam)\s+(?!(possuir|ter|ser|estar|haver|existir|conter|constar)\b)(?=\p{L}+(ar|er|ir)\b)/iu

const raise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** The text without its parenthetical asides (kept when nothing else would be left). */
export function withoutAsides(text: string): string {
  const out = text
    .replace(PARENTHESIS, '')
    .replace(/\s+([,;:.?!])/gu, '$1')
    .trim()
  return wordCount(out) >= MIN_WORDS ? out : text
}

/**
 * The instruction after an opening circumstance ("Após identificação do momento do erro, obter os
 * logs …" → "Obter os logs …"), or null when the sentence does not open with one.
 */
export function withoutCircumstance(text: string): string | null {
  const comma = text.indexOf(', ')
  if (comma <= 0) return null
  // "…, deve consultar se …": the modal after a long subject goes with it.
  const rest = text
    .slice(comma + 2)
    .trim()
    .replace(STATELESS_MODAL, '')
  if (wordCount(rest) < MIN_WORDS || !opensAnInstruction(rest)) return null
  return raise(rest)
}

/**
 * The text without the condition it opens with, when that condition is the step's own (its
 * branch's heading) and what follows it is the instruction (or, `evenBeforeAClause`, another
 * clause: for a label that has no room for both); else the text.
 */
export function withoutOwnCondition(
  text: string,
  condition: string | null,
  { evenBeforeAClause = false } = {},
): string {
  if (!condition || !text.startsWith(condition)) return text
  const rest = text
    .slice(condition.length)
    .replace(/^[\s,:–-]+/u, '')
    .trim()
  // "… (por exemplo em DEBIAN, ou …), favor atualizar": the condition is not over yet.
  const open = (condition.match(/\(/gu) ?? []).length > (condition.match(/\)/gu) ?? []).length
  if (open || (!evenBeforeAClause && !opensAnInstruction(actionSpan(rest)))) return text
  return wordCount(rest) >= MIN_WORDS ? raise(rest) : text
}

/** True when a text opens with a verb or a first-person directive ("solicito ao órgão …"). */
function opensAnInstruction(text: string): boolean {
  const folded = foldText(text)
  // "supervisor da plataforma" ends like an infinitive: an instruction opens with a verb.
  const verb = opensWithVerb(folded) && !/^\p{L}+or\b/u.test(folded)
  return verb || DIRECTIVE_OPENER.test(folded)
}

// Words a field keeps in a long list: "Print da tela com o erro/falha" → "Print da tela".
const FIELD_WORDS = 3
const MIN_FIELDS = 3

/**
 * A field list ("…: Nome completo; Órgão; Print da tela com o erro/falha; …") with each field
 * cut to its first words, so that a label names every field; null when the text has none.
 */
export function withShortFields(text: string): string | null {
  const colon = text.indexOf(': ')
  if (colon < 0) return null
  const fields = text.slice(colon + 2).split(/;\s+/u)
  if (fields.length < MIN_FIELDS) return null
  const short = fields.map((f) => f.trim().split(/\s+/u).slice(0, FIELD_WORDS).join(' '))
  return `${text.slice(0, colon + 2)}${short.join('; ')}`
}
