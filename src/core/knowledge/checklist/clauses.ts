/** A sentence cut into the instructions it chains ("… os agendamentos e que o processo seja …"). */
import { wordCount } from './inline'

// "1.1) ", "2° ", "a) " opening a sentence: numbering, not words of the step.
export const ENUMERATOR =
  /^\s*((\d+(\.\d+)*\s*[)º°.–-]|[a-z]\))\s*(passo\s*\d*\s*[:.)–-])?|passo\s*\d*\s*[:.)–-])\s*/iu
// Joints inside one sentence that chain two instructions: "… os agendamentos e que o processo seja …".
const JOINTS = /\s+e que\s+|;\s+|,\s+seguid[oa] d[aeo]s?\s+/u
const MIN_PART_WORDS = 4

/** Splits a sentence at the joints that chain two instructions, when both parts stand alone. */
export function splitJoints(sentence: string): string[] {
  const m = JOINTS.exec(sentence)
  if (!m) return [sentence]
  const head = sentence
    .slice(0, m.index)
    .trim()
    .replace(/[,;]+$/u, '')
  const tail = sentence.slice(m.index + m[0].length).trim()
  if (wordCount(head) < MIN_PART_WORDS || wordCount(tail) < MIN_PART_WORDS) return [sentence]
  const cap = tail.charAt(0).toUpperCase() + tail.slice(1)
  return [head, ...splitJoints(cap)]
}
