/**
 * What the checklist takes from the reply: the procedures written inside it (what the requester
 * is told to do, on the solution's branch its variant names) and the last step, sending it.
 */
import type { ReplyTemplate } from '../types'
import { isInstruction, sentenceCore } from './classify'
import { instructionSteps, isNoise, toCandidate, type Candidate } from './candidate'
import { readUnits } from './units'
import type { Unit } from './unit'
import { stems } from './words'

// "Solicitamos que … confirme, através deste chamado, o recebimento do e-mail": what the reply asks
// of the requester once the work is done; sending that reply is the step.
const ACKNOWLEDGE = /\bconfirm\w*\b.*\b(recebimento|recebeu)\b/u

/** The solution branch a reply variant belongs to: the condition sharing a word with its label. */
function variantCondition(label: string, conditions: string[]): string | null {
  if (!label) return null
  const generic = new Set(['model', 'respo', 'chama', 'mensa', 'texto'])
  const words = [...stems(label)].filter((w) => !generic.has(w) && !/^\d+$/u.test(w))
  return (
    conditions.find((c) => {
      const s = stems(c)
      return words.some((w) => s.has(w))
    }) ?? null
  )
}

/** The steps the reply spells out: its instructions, each variant's on its solution branch. */
export function replySteps(reply: ReplyTemplate, conditions: string[]): Candidate[] {
  // In a reply, only what the requester is told to do (or what will be done) is a step.
  const isStep = (u: Unit) =>
    isInstruction(u.text) &&
    !/^(informamos|esclarecemos|lembramos|ressaltamos|destacamos)\b/u.test(sentenceCore(u.text)) &&
    !ACKNOWLEDGE.test(sentenceCore(u.text))
  return reply.variants.flatMap((variant) => {
    const condition = variantCondition(variant.label, conditions)
    const useful = readUnits(variant.blocks).filter((u) => !isNoise(u) && !u.note)
    return instructionSteps(useful, isStep, (u) => ({
      ...toCandidate(u, u.condition ?? condition),
      inReply: true,
    }))
  })
}

const REPLY_LABEL = 'Enviar ao usuário a resposta conforme o modelo de resposta do chamado'

/** "Modelo resposta para o Remetente" → "Remetente": what tells the variants apart. */
function variantName(label: string): string {
  return (
    label
      .replace(/^(modelo\s+(de\s+)?resposta|resposta|modelo)\s+(para\s+)?(o|a|os|as)?\s*/iu, '')
      .trim() || label
  )
}

/**
 * Names with the words they all open with written once: "Para os casos … da Administração
 * Direta", "Para os casos … da Administração Indireta" → "Para os casos … da Administração
 * Direta", "Indireta". The label says it in a line; the text keeps every name whole.
 */
function distinctNames(names: string[]): string[] {
  const split = names.map((n) => n.split(/\s+/u))
  let shared = 0
  while (split.every((w) => w.length > shared + 1 && w[shared] === split[0][shared])) shared++
  return shared < 2 ? names : [names[0], ...split.slice(1).map((w) => w.slice(shared).join(' '))]
}

/** The last step: sending the reply, naming its variants when the section holds several. */
export function replyStep(reply: ReplyTemplate): Candidate[] {
  if (reply.status !== 'ready') return []
  const names = reply.variants.map((v) => variantName(v.label)).filter(Boolean)
  const text = names.length > 1 ? `${REPLY_LABEL} (${names.join(' ou ')})` : REPLY_LABEL
  const short = names.length > 1 ? `${REPLY_LABEL} (${distinctNames(names).join(' ou ')})` : text
  return [
    {
      text,
      action: short === text ? undefined : short,
      detail: [],
      links: [],
      kind: 'reply',
      condition: null,
      line: reply.variants[0]?.line ?? 0,
      stems: stems(text),
    },
  ]
}
