/** A sentence cut into the instructions it chains ("… os agendamentos e que o processo seja …"). */
import { wordCount } from './inline'

// "1.1) ", "2° ", "a) " opening a sentence: numbering, not words of the step.
export const ENUMERATOR =
  /^\s*((\d+(\.\d+)*\s*[)º°.–-]|[a-z]\))\s*(passo\s*\d*\s*[:.)–-])?|passo\s*\d*\s*[:.)–-])\s*/iu
// Joints inside one sentence that chain two instructions: "… os agendamentos e que o processo seja …".
const JOINTS = /\s+e que\s+|;\s+|,\s+seguid[oa] d[aeo]s?\s+/u
const MIN_PART_WORDS = 4

// "Verificar se o pacote está instalado, caso contrário instale com …": the other path, a branch.
const OTHERWISE = /,\s+(caso contr[aá]rio|do contr[aá]rio|se n[aã]o estiver)\b,?\s*/iu

/** One part of a sentence cut at its joints, with the joint that preceded it ("" for the first). */
export interface SentencePart {
  text: string
  /** The words that joined it to the part before (", seguido da "), to join it back as written. */
  joint: string
}

/** Splits a sentence at the joints that chain two instructions, when both parts stand alone. */
export function splitJoints(sentence: string): string[] {
  return splitJointParts(sentence).map((p) => p.text)
}

/** splitJoints, keeping each part's joint: a part merged back into the one before reads as written. */
export function splitJointParts(sentence: string, joint = ''): SentencePart[] {
  const other = OTHERWISE.exec(sentence)
  if (other && wordCount(sentence.slice(0, other.index)) >= MIN_PART_WORDS) {
    const rest = sentence.slice(other.index + other[0].length).trim()
    const condition = other[1].charAt(0).toUpperCase() + other[1].slice(1)
    if (wordCount(rest) >= 2)
      return [
        ...splitJointParts(sentence.slice(0, other.index), joint),
        ...splitJointParts(`${condition}, ${rest}`, ', '),
      ]
  }
  const m = JOINTS.exec(sentence)
  if (!m) return [{ text: sentence, joint }]
  const head = sentence
    .slice(0, m.index)
    .trim()
    .replace(/[,;]+$/u, '')
  const tail = sentence.slice(m.index + m[0].length).trim()
  if (wordCount(head) < MIN_PART_WORDS || wordCount(tail) < MIN_PART_WORDS)
    return [{ text: sentence, joint }]
  const cap = tail.charAt(0).toUpperCase() + tail.slice(1)
  return [{ text: head, joint }, ...splitJointParts(cap, m[0])]
}
