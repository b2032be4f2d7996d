/** Lines ending in ":": a condition, the step that asks for what follows, or a title. */
import type { Block } from '../../rst/types'
import { renderText } from '../../rst'
import type { StepLink } from '../types'
import { foldText } from '../../text/fold'
import {
  asksForData,
  clauseOpensWithVerb,
  conditionOf,
  isInstruction,
  opensWithVerb,
  sentenceCore,
} from './classify'
import { looksLikeCode, plainInline, wordCount } from './inline'
import { isFieldList, itemText } from './lists'
import { addDetail, closeRun, lastUnit, pushSentences, type Unit, type Walk } from './unit'

/** Writes a field a lead asks for into its text and detail. */
export function addLeadField(lead: Unit, field: string): void {
  lead.detail.push(`- ${field}`)
  lead.text += `${lead.hasFields ? ';' : ''} ${field}`
  lead.hasFields = true
}

function isFieldLike(next: Block | undefined): boolean {
  if (!next) return false
  if (next.type === 'bullet_list' || next.type === 'enumerated_list')
    return isFieldList(next.items.map((item) => itemText(item.children, [])))
  return next.type === 'paragraph' && /^[·•▪]/u.test(plainInline(next.children).trim())
}

// Longest lead that the items of its list complete.
const SHORT_LEAD_WORDS = 3

/** A line ending in ":": a condition, the step that asks for the fields listed next, or a title. */
export function walkLead(
  w: Walk,
  text: string,
  heading: boolean,
  block: Block,
  links: StepLink[],
  next: Block | undefined,
): void {
  const condition = conditionOf(text)
  const bare = text.replace(/[:\s]+$/u, '')
  // "**Relato de erro:**" under "solicitar as informações, tais como:": a field it asks for.
  if (heading && !condition && w.fieldsFor && !asksAction(text)) {
    addLeadField(w.fieldsFor, bare)
    return
  }
  if (condition && (heading || !isInstructionLead(text))) {
    w.condition = { text: bare, mode: heading ? 'heading' : 'run' }
    return
  }
  closeRun(w)
  // "Caso seja de interesse do órgão, execute os seguintes passos:" over its list: the step, and
  // the condition of the steps listed.
  if (condition && next && (next.type === 'bullet_list' || next.type === 'enumerated_list')) {
    pushSentences(w, text, block.line, links, 'lead')
    w.condition = { text: text.slice(0, text.indexOf(', ')), mode: 'run' }
    return
  }
  const code =
    next &&
    (next.type === 'literal_block' ||
      (next.type === 'paragraph' && looksLikeCode(renderText([next]))))
  // "Rodar o script:" over its code is the step the code belongs to, and so is the purpose the
  // code serves ("Para corrigir, rodamos o sql:"); "Segue o SQL:" is only a title.
  if (code && !asksAction(text) && !servesPurpose(text)) {
    addDetail(w, text)
    return
  }
  if (code) {
    pushSentences(w, text, block.line, links, 'lead')
    return
  }
  // "solicite ao usuário as seguintes informações:" is a step; "Os valores de sta_estado são:" a title.
  if (isFieldLike(next) && (isInstruction(text) || !w.units.length)) {
    pushSentences(w, text, block.line, links, 'lead')
    return
  }
  if (isFieldLike(next)) {
    addDetail(w, text)
    return
  }
  // "Verificar se:" over a list of what to check: each item completes it.
  const isList = next?.type === 'bullet_list' || next?.type === 'enumerated_list'
  if (isList && asksAction(text) && wordCount(bare) <= SHORT_LEAD_WORDS && !isFieldLike(next)) {
    w.completes = bare
    return
  }
  // "Alterar o cadastro conforme o exemplo abaixo:" over a figure is still an instruction.
  if (condition || asksAction(text) || asksForData(text)) {
    pushSentences(w, text, block.line, links, 'lead')
    if (asksForData(text)) w.fieldsFor = lastUnit(w)
  }
}

// A lead that itself names an action ("Rodar o script:", "Em seguida, execute:"), as opposed to
// one that frames what follows ("o técnico deve orientar o usuário conforme descrito abaixo:").
/** True when a lead names an action rather than framing what follows. */
export function asksAction(text: string): boolean {
  const core = sentenceCore(text)
  return opensWithVerb(core) || clauseOpensWithVerb(core)
}

/** "Para corrigir rodamos o sql:": a lead that says what the code after it is for. */
function servesPurpose(text: string): boolean {
  return /^para [a-z]{3,}(ar|er|ir)\b/u.test(sentenceCore(text))
}

// A lead that is itself an instruction under a condition: "Caso …, solicite as seguintes informações:".
function isInstructionLead(text: string): boolean {
  // "…, se faz necessário que:" introduces what follows; it asks nothing by itself.
  if (/\b(que|seguintes?|abaixo|a seguir)\s*:?$/u.test(foldText(text))) return false
  const parts = text.split(/,\s+/u)
  return parts.length > 1 && isInstruction(parts.slice(1).join(', '))
}
