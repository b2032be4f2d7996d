import type { ReplyField, ReplyFieldKind } from './types'
import { foldText, tidySpaces } from '../text/fold'

/** A piece of reply text with the source line it starts on. */
export interface TextPart {
  text: string
  line: number
}

interface Mark {
  start: number
  end: number
  token: string
  kind: ReplyFieldKind
  /** Label for free fields taken from the mark itself ("[Nº do NRE]" → "Nº do NRE"). */
  hint: string | null
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])'
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])'
const SALUTATION = new RegExp(
  `${NOT_WORD_BEFORE}Prezad[oa](?:\\s*\\([oa]\\))?(?:\\s+(?:senhor|senhora|usu[aá]rio|usu[aá]ria|gestor|gestora)(?:\\s*\\([oa]\\))?)?${NOT_WORD_AFTER}`,
  'giu',
)
// `{{nome}}` is one mark: listed first so it wins over the `{nome}` inside it.
const BRACKETED = /\{\{[^}\n]{1,80}\}\}|\[[^\]\n]{2,80}\]|\{[^}\n]{2,80}\}|\([^)\n]{2,80}\)/gu
const UNDERSCORES = /_{3,}/gu
const NUP_MASK = /(?<![\p{L}\p{N}])[Xx]{5}\.[Xx]{6}\/[Xx]{4}-[Xx]{2}(?![\p{L}\p{N}])/gu
const X_RUN = new RegExp(`${NOT_WORD_BEFORE}[Xx]{4,}${NOT_WORD_AFTER}`, 'gu')

// Words that make a bracketed mark read like an instruction to the agent.
const INSTRUCTION =
  /^(?:inserir|insira|informe|informar|indicar|indique|digite|preencher|preencha|incluir|inclua|enviar|envie|descrever|descreva|nome|numero|n[º°o]\.?)(?:\s|$)/u
const REQUESTER = /\bnome\s+d[oa]\s+(?:usuari[oa]|solicitante|requerente|interessad[oa])/u
const AGENT = /\bnome\s+(?:profissional\s+)?d[oa]\s+at\w*nd\w*nte/u
const PROTOCOL = /\bprotocolo\b|\bnup\b|numero\s+do\s+processo/u
const TICKET = /\bchamado\b/u
const TICKET_BEFORE = /chamado[^.]{0,30}$/u
// The keyword right before the mark, allowing only connectors: "processo nº XXXX", "NUP: XXXX".
const PROTOCOL_BEFORE =
  /(?:processo|nup|protocolo)(?:[\s:º°.]+(?:n|no|numero|de|do|da|sob))*[\s:º°.]*$/u

function bracketKind(inner: string, bracket: string): ReplyFieldKind | null {
  const folded = foldText(inner)
  if (REQUESTER.test(folded)) return 'requester'
  if (AGENT.test(folded)) return 'agent'
  const instruction = bracket === '{' || INSTRUCTION.test(folded)
  if (!instruction) return null
  if (PROTOCOL.test(folded)) return 'protocol'
  if (TICKET.test(folded)) return 'ticket'
  return 'free'
}

// Little words that do not name anything: trimmed from the ends of a label taken from context.
const CONNECTOR =
  /^(?:o|a|os|as|de|do|da|dos|das|no|na|nos|nas|ao|à|em|e|é|com|para|pelo|pela|por|um|uma|seu|sua|que|n|nº|n°|no\.|número:?)$/iu

const ASKING =
  /^(?:informe|informar|inserir|insira|digite|preencha|preencher|indique|coloque|anote)$/iu

/**
 * A free mark's name from the words right before it in the template: "NRE: ________" → "NRE",
 * "o Número do processo XXXXXX" → "Número do processo". Null when nothing names it.
 */
function contextLabel(before: string): string | null {
  const clause = before.split(/[.;!?()[\]{}]|,\s/u).pop() ?? ''
  const words = clause
    .replace(/[:\s]+$/u, '')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(-4)
  while (words.length && CONNECTOR.test(words[words.length - 1].replace(/:$/u, ''))) words.pop()
  while (words.length > 1 && (CONNECTOR.test(words[0]) || ASKING.test(words[0]))) words.shift()
  const label = words.join(' ').replace(/[:\s]+$/u, '')
  return /\p{L}{2}/u.test(label) ? capitalize(label) : null
}

function capitalize(text: string): string {
  return text ? text[0].toLocaleUpperCase('pt-BR') + text.slice(1) : text
}

function markAt(m: RegExpExecArray, kind: ReplyFieldKind, hint: string | null = null): Mark {
  return { start: m.index, end: m.index + m[0].length, token: m[0], kind, hint }
}

function collect(text: string): Mark[] {
  const marks: Mark[] = []
  for (const m of text.matchAll(SALUTATION)) marks.push(markAt(m, 'salutation'))
  for (const m of text.matchAll(BRACKETED)) {
    const inner = m[0].startsWith('{{') ? m[0].slice(2, -2) : m[0].slice(1, -1)
    const kind = bracketKind(inner, m[0][0])
    if (kind) marks.push(markAt(m, kind, capitalize(tidySpaces(inner))))
  }
  for (const m of text.matchAll(UNDERSCORES)) {
    const before = foldText(text.slice(Math.max(0, m.index - 40), m.index))
    const kind = TICKET_BEFORE.test(before) ? 'ticket' : 'free'
    marks.push(markAt(m, kind, kind === 'free' ? contextLabel(text.slice(0, m.index)) : null))
  }
  for (const m of text.matchAll(NUP_MASK)) marks.push(markAt(m, 'protocol'))
  for (const m of text.matchAll(X_RUN)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index)
    const afterSalutation = /Prezad[oa](?:\s*\([oa]\))?(?:\s+\p{L}+(?:\s*\([oa]\))?)?\s*$/iu.test(
      before,
    )
    const kind: ReplyFieldKind = afterSalutation
      ? 'requester'
      : PROTOCOL_BEFORE.test(foldText(before))
        ? 'protocol'
        : 'free'
    marks.push(markAt(m, kind, kind === 'free' ? contextLabel(text.slice(0, m.index)) : null))
  }
  // Earliest first; on overlap keep the longer mark (a NUP mask wins over its X runs).
  marks.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Mark[] = []
  for (const mark of marks) {
    const last = kept[kept.length - 1]
    if (last && mark.start < last.end) continue
    kept.push(mark)
  }
  return kept
}

const LABELS: Record<ReplyFieldKind, string> = {
  salutation: 'Saudação',
  requester: 'Nome do solicitante',
  ticket: 'Número do chamado',
  protocol: 'Número do processo (NUP)',
  agent: 'Nome do atendente',
  'steps-done': 'Passos realizados',
  free: 'Campo a preencher',
}

/** Finds the fill-in marks of a reply ([nome do usuário], ________, XXXXX, Prezado(a)…), one field per distinct mark. */
export function findReplyFields(parts: TextPart[]): ReplyField[] {
  const fields: ReplyField[] = []
  const seen = new Map<string, ReplyField>()
  const perKind = new Map<ReplyFieldKind, number>()
  for (const part of parts) {
    const lines = part.text.split('\n')
    lines.forEach((lineText, offset) => {
      for (const mark of collect(lineText)) {
        const dedupe = `${mark.kind}\u0000${mark.token}`
        if (seen.has(dedupe)) continue
        const n = (perKind.get(mark.kind) ?? 0) + 1
        perKind.set(mark.kind, n)
        const id = mark.kind === 'free' ? `free-${n}` : n === 1 ? mark.kind : `${mark.kind}-${n}`
        const label =
          mark.hint && (mark.kind === 'free' || n > 1)
            ? mark.hint
            : mark.kind === 'free'
              ? `${LABELS.free} ${n}`
              : LABELS[mark.kind]
        const field: ReplyField = {
          id,
          kind: mark.kind,
          token: mark.token,
          label,
          line: part.line + offset,
        }
        seen.set(dedupe, field)
        fields.push(field)
      }
    })
  }
  return fields
}

/** The distinct tokens of some fields, in order of appearance. */
export function placeholderTokens(fields: ReplyField[]): string[] {
  return [...new Set(fields.map((field) => field.token))]
}
