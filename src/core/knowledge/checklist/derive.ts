/**
 * The checklist of an article, derived from the whole of it: the solution (Solução Sugerida /
 * Descrição), "Atenção" sections and boxes, footnotes, the procedures written inside the reply
 * and the escalations of the responsibility section, ending with sending the reply.
 */
import type { ArticleSection, ChecklistStep, ReplyTemplate, SectionRole } from '../types'
import { textKey } from '../ids'
import { foldText } from '../../text/fold'
import { isInstruction, sentenceCore, stepKind } from './classify'
import { instructionSteps, isNoise, toCandidate, type Candidate } from './candidate'
import { withoutConnectors } from './action'
import { shortLabel } from './label'
import { replyStep, replySteps } from './reply-steps'
import { stepLabel } from './step-label'
import { readUnits } from './units'
import type { Unit } from './unit'
import { covered, stems } from './words'

const CONTEXT_ROLES: ReadonlySet<SectionRole> = new Set(['situation', 'when'])
// Share of a sentence's stems found in Situação / Quando Ocorre that makes it a restatement.
const RESTATEMENT = 0.7
// A later candidate that says what an earlier step already says is dropped.
const DUPLICATE = 0.75
// Share of a reply step's stems that the solution's steps of its branch say together: a duplicate.
const SAID_ON_BRANCH = 0.7
// Fewer solution steps than this, and the reply's loose sentences count as its procedure.
const THIN_SOLUTION = 4
const ESCALATION_VERB = /\b(encaminh|repass|pass|transfer|escal|report|envi|subir|suba)\w*/u

/** "Para verificar se existem processos rodando:" over its command: the step the command does. */
function purposeOverCode(unit: Unit): boolean {
  return (
    unit.text.endsWith(':') &&
    unit.detail.length > 0 &&
    /^para [a-z]{3,}(ar|er|ir)\b/u.test(sentenceCore(unit.text))
  )
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

function responsibilitySteps(section: ArticleSection): Candidate[] {
  return readUnits(section.blocks)
    .filter(
      (u) =>
        !isNoise(u) && ESCALATION_VERB.test(foldText(u.text)) && stepKind(u.text) === 'escalate',
    )
    .map((u) => ({ ...toCandidate(u), kind: 'escalate' as const }))
}

/** The stems of the steps of one branch (or of none) taken from outside the reply. */
function saidOnBranch(kept: Candidate[], condition: string | null): Set<string> {
  return new Set(
    kept.filter((k) => !k.inReply && k.condition === condition).flatMap((k) => [...k.stems]),
  )
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
    // The reply spelling out, sentence by sentence, what the solution's steps of its branch
    // already say together: the solution's steps are kept.
    if (c.inReply && covered(c.stems, saidOnBranch(kept, c.condition)) >= SAID_ON_BRANCH) continue
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
      // A connector ties the sentence to the one before it in the article; a row stands alone.
      text: source === 'article' ? withoutConnectors(c.text) : c.text,
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
