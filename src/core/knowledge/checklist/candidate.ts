/**
 * A step before its key and label: what a unit of the article becomes, and the reading of a run
 * of units into steps (each instruction, with the sentence that says how to do it).
 */
import type { StepKind, StepLink } from '../types'
import {
  conditionOf,
  isBoilerplate,
  isInstruction,
  isPlaceholder,
  sentenceCore,
  stepKind,
} from './classify'
import { wordCount } from './inline'
import type { Unit } from './unit'
import { stems } from './words'

/** A derived step before its key, position and label. */
export interface Candidate {
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

const MIN_WORDS = 3
// Longest sentence read as the explanation of the instruction before it.
const ELABORATION_WORDS = 25

/** True for what is never a step: too short to ask anything, boilerplate, a placeholder. */
export function isNoise(unit: Unit): boolean {
  const n = wordCount(unit.text)
  if (n === 0 || (n < MIN_WORDS && !isInstruction(unit.text))) return true
  return isBoilerplate(unit.text) || isPlaceholder(unit.text)
}

/** The candidate a unit becomes, on the branch of its condition heading or of its own. */
export function toCandidate(unit: Unit, condition: string | null = unit.condition): Candidate {
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

/**
 * The steps of a run of units: each instruction, with the short sentence after it in the same
 * paragraph (which says how to do it) joined to its text.
 */
export function instructionSteps(
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
