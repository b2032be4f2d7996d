/**
 * The checklist of an article, derived from the whole of it: the solution (Solução Sugerida /
 * Descrição), "Atenção" sections and boxes, footnotes, the procedures written inside the reply
 * and the escalations of the responsibility section, ending with sending the reply.
 */
import type {
  ArticleSection,
  ChecklistStep,
  ReplyTemplate,
  SectionRole,
  StepKind,
  StepLink,
} from '../types'
import { textKey } from '../ids'
import { foldText } from '../../text/fold'
import {
  conditionOf,
  isBoilerplate,
  isInstruction,
  isPlaceholder,
  sentenceCore,
  stepKind,
} from './classify'
import { shortLabel } from './label'
import { stepLabel } from './step-label'
import { readUnits } from './units'
import type { Unit } from './unit'
import { covered, stems } from './words'

interface Candidate {
  text: string
  detail: string[]
  links: StepLink[]
  kind: StepKind
  condition: string | null
  line: number
  stems: Set<string>
  /** The sentence that asks for the action, when the text goes on to explain it. */
  action?: string
  /** Taken from the reply template: the requester's side of a step. */
  inReply?: boolean
  /** From a list item or a "Passo N" line: a procedure spelled out. */
  fromList?: boolean
}

const CONTEXT_ROLES: ReadonlySet<SectionRole> = new Set(['situation', 'when'])
const MIN_WORDS = 3
// Share of a sentence's stems found in Situação / Quando Ocorre that makes it a restatement.
const RESTATEMENT = 0.7
// A later candidate that says what an earlier step already says is dropped.
const DUPLICATE = 0.75
// Fewer solution steps than this, and the reply's loose sentences count as its procedure.
const THIN_SOLUTION = 4
// Longest sentence read as the explanation of the instruction before it.
const ELABORATION_WORDS = 25
const ESCALATION_VERB = /\b(encaminh|repass|pass|transfer|escal|report|envi|subir|suba)\w*/u

const wordCount = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length

function isNoise(unit: Unit): boolean {
  const n = wordCount(unit.text)
  if (n === 0 || (n < MIN_WORDS && !isInstruction(unit.text))) return true
  return isBoilerplate(unit.text) || isPlaceholder(unit.text)
}

function toCandidate(unit: Unit, condition: string | null = unit.condition): Candidate {
  const own = conditionOf(unit.text)
  let kind = stepKind(unit.text, unit.caution ? 'caution' : null)
  // A step under a condition heading is on that branch; its kind says what it asks.
  if (kind === 'branch' && condition && !own) kind = 'act'
  return {
    text: unit.text,
    detail: unit.detail,
    links: unit.links,
    kind,
    condition: condition ?? (own && kind === 'branch' ? branchCondition(unit.text) : null),
    line: unit.line,
    stems: stems(unit.text),
    fromList: unit.origin === 'item' || unit.origin === 'passo',
  }
}

/** The conditional clause of a one-sentence branch: up to its first comma, when it has one. */
function branchCondition(text: string): string | null {
  const comma = text.indexOf(', ')
  return comma > 0 && comma < text.length * 0.7 ? text.slice(0, comma) : null
}

/** "Para verificar se existem processos rodando:" over its command: the step the command does. */
function purposeOverCode(unit: Unit): boolean {
  return (
    unit.text.endsWith(':') &&
    unit.detail.length > 0 &&
    /^para [a-z]{3,}(ar|er|ir)\b/u.test(sentenceCore(unit.text))
  )
}

/**
 * The steps of a run of units: each instruction, with the short sentence after it in the same
 * paragraph (which says how to do it) joined to its text.
 */
function instructionSteps(
  useful: Unit[],
  isStep: (u: Unit) => boolean,
  toStep: (u: Unit) => Candidate = (u) => toCandidate(u),
): Candidate[] {
  const out: Candidate[] = []
  let last: { unit: Unit; candidate: Candidate } | null = null
  for (const u of useful) {
    // "Basta inserir o nome …" after a step says how to do it, like an explanation does.
    const explains =
      !!last && last.unit.line === u.line && !u.note && wordCount(u.text) <= ELABORATION_WORDS
    const how = /^basta\b/u.test(sentenceCore(u.text))
    if (isStep(u) && !(how && explains)) {
      const candidate = toStep(u)
      out.push(candidate)
      last = { unit: u, candidate }
    } else if (last && explains) {
      // A sentence after an instruction in the same paragraph says how to do it; the code
      // and links it carries go with it.
      last.candidate.action ??= last.candidate.text
      // A part cut at a joint goes back with its joint, as the article wrote it.
      last.candidate.text = u.joint
        ? `${last.candidate.text}${u.joint}${u.text.charAt(0).toLowerCase()}${u.text.slice(1)}`
        : `${last.candidate.text} ${u.text}`
      last.candidate.stems = stems(last.candidate.text)
      last.candidate.detail.push(...u.detail)
      last.candidate.links.push(...u.links)
      last = null
    } else {
      // What is no step keeps its code for the step before it: nothing of the article is lost.
      out.at(-1)?.detail.push(...u.detail)
      last = null
    }
  }
  return out
}

function solutionSteps(units: Unit[], context: Set<string>): Candidate[] {
  const useful = units.filter((u) => !isNoise(u))
  const isStep = (u: Unit) => u.origin === 'passo' || isInstruction(u.text) || purposeOverCode(u)
  if (useful.some(isStep)) return instructionSteps(useful, isStep)
  // A solution written as explanation only: its sentences are what the agent passes on.
  return useful
    .filter((u) => !u.note && covered(stems(u.text), context) < RESTATEMENT)
    .map((u) => toCandidate(u))
}

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

function replySteps(reply: ReplyTemplate, conditions: string[]): Candidate[] {
  // In a reply, only what the requester is told to do (or what will be done) is a step.
  const isStep = (u: Unit) =>
    isInstruction(u.text) &&
    !/^(informamos|esclarecemos|lembramos|ressaltamos|destacamos)\b/u.test(sentenceCore(u.text))
  return reply.variants.flatMap((variant) => {
    const condition = variantCondition(variant.label, conditions)
    const useful = readUnits(variant.blocks).filter((u) => !isNoise(u) && !u.note)
    return instructionSteps(useful, isStep, (u) => ({
      ...toCandidate(u, u.condition ?? condition),
      inReply: true,
    }))
  })
}

function responsibilitySteps(section: ArticleSection): Candidate[] {
  return readUnits(section.blocks)
    .filter(
      (u) =>
        !isNoise(u) && ESCALATION_VERB.test(foldText(u.text)) && stepKind(u.text) === 'escalate',
    )
    .map((u) => ({ ...toCandidate(u), kind: 'escalate' as const }))
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
function replyStep(reply: ReplyTemplate): Candidate[] {
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

function withoutDuplicates(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = []
  for (const c of candidates) {
    const twin = kept.find(
      (k) =>
        (!c.condition || k.condition === c.condition) &&
        ((covered(c.stems, k.stems) >= DUPLICATE && covered(k.stems, c.stems) >= 0.4) ||
          // The reply telling the requester what a step already says ("…, renove o certificado").
          (!!c.inReply && k.stems.size > 1 && covered(k.stems, c.stems) >= DUPLICATE)),
    )
    if (twin) {
      twin.links.push(...c.links.filter((l) => !twin.links.some((t) => t.url === l.url)))
      continue
    }
    kept.push(c)
  }
  return kept
}

/** Steps of one condition together, at the place where that condition first appears. */
function groupByCondition(candidates: Candidate[]): Candidate[] {
  const order: (Candidate | string)[] = []
  const groups = new Map<string, Candidate[]>()
  for (const c of candidates) {
    if (!c.condition) {
      order.push(c)
      continue
    }
    const group = groups.get(c.condition)
    if (group) group.push(c)
    else {
      groups.set(c.condition, [c])
      order.push(c.condition)
    }
  }
  return order.flatMap((o) => (typeof o === 'string' ? (groups.get(o) ?? []) : [o]))
}

/** Keys, positions and labels for candidates in their final order. */
export function finishSteps(
  candidates: Candidate[] | Omit<Candidate, 'stems'>[],
  source: ChecklistStep['source'] = 'article',
): ChecklistStep[] {
  const used = new Map<string, number>()
  return candidates.map((c, i) => {
    const base = textKey(c.condition ? `${c.condition}\n${c.text}` : c.text)
    const n = (used.get(base) ?? 0) + 1
    used.set(base, n)
    return {
      key: n === 1 ? base : `${base}-${n}`,
      index: i + 1,
      label: source === 'article' ? stepLabel(c) : shortLabel(c.text),
      text: c.text,
      detail: c.detail.join('\n'),
      kind: c.kind,
      condition: c.condition,
      links: c.links,
      source,
      line: c.line,
    }
  })
}

/** The checklist derived from an article's sections and reply. */
export function deriveChecklist(sections: ArticleSection[], reply: ReplyTemplate): ChecklistStep[] {
  const context = stems(
    sections
      .filter((s) => CONTEXT_ROLES.has(s.role))
      .map((s) => s.text)
      .join(' '),
  )
  const body: Candidate[] = []
  for (const section of sections) {
    if (section.role === 'solution') body.push(...solutionSteps(readUnits(section.blocks), context))
    else if (section.role === 'caution')
      body.push(
        ...readUnits(section.blocks, { caution: true })
          .filter((u) => !isNoise(u))
          .map((u) => toCandidate(u)),
      )
  }
  const conditions = [...new Set(body.map((c) => c.condition).filter((c): c is string => !!c))]
  // A solution with its own procedure takes from the reply only the lists it spells out;
  // a thin one (the seed article's restates the symptom) takes the reply's instructions.
  const thin = body.length < THIN_SOLUTION
  const fromReply = replySteps(reply, conditions).filter((c) => thin || c.fromList)
  const escalations = sections
    .filter((s) => s.role === 'responsibility')
    .flatMap(responsibilitySteps)
  const steps = groupByCondition(withoutDuplicates([...body, ...fromReply, ...escalations]))
  return finishSteps([...steps, ...replyStep(reply)])
}
