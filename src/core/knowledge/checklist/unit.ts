/** The pieces a checklist is made of, and the walk that collects them. */
import type { StepLink } from '../types'
import { splitSentences } from '../sentences'
import { foldText } from '../../text/fold'
import { isInstruction, isLinkPointer } from './classify'
import { ENUMERATOR, splitJointParts } from './clauses'

/** One piece of the article that may become a step. */
export interface Unit {
  text: string
  line: number
  links: StepLink[]
  detail: string[]
  /** The condition heading ("Caso o remetente tenha aberto o chamado") the unit sits under. */
  condition: string | null
  /** The kind of block the unit came from. */
  origin: 'paragraph' | 'item' | 'lead' | 'footnote' | 'passo'
  /** Set inside "Atenção" boxes and warnings. */
  caution: boolean
  /** Set inside "Observação"/note boxes: explanation unless it says to do something. */
  note: boolean
  /** Set once the fields a lead asks for are written into its text. */
  hasFields?: boolean
  /** The joint ("; ", ", seguido da ") a unit cut from the sentence before it followed. */
  joint?: string
}

/** The state of a walk through an article's blocks: the units so far and what they sit under. */
export interface Walk {
  units: Unit[]
  condition: { text: string; mode: 'heading' | 'run' } | null
  /** Links of a reference list met before any step: they go to the next one. */
  pendingLinks: StepLink[]
  caution: boolean
  note: boolean
  /** The lead that asks for data ("…, tais como:") whose fields the bold titles below name. */
  fieldsFor?: Unit | null
  /** A short lead that the next list's items complete ("Verificar se:" → "Verificar se houve …"). */
  completes?: string | null
}

/** The unit pushed last, if any. */
export function lastUnit(w: Walk): Unit | null {
  return w.units[w.units.length - 1] ?? null
}

/** Adds text (code, a field list) to the detail of the unit pushed last. */
export function addDetail(w: Walk, text: string): void {
  const last = lastUnit(w)
  const clean = text.trim()
  if (last && clean) last.detail.push(clean)
}

/**
 * Adds the fields a step asks for ("Nome completo", "Órgão") to its detail and, when the step
 * is the lead that asks for them, to its text: the agent reads what to ask without opening it.
 */
export function addFields(w: Walk, fields: string[]): void {
  const last = lastUnit(w)
  if (!last || !fields.length) return
  last.detail.push(fields.map((f) => `- ${f}`).join('\n'))
  // The lead "…as seguintes informações:", or an instruction written without its colon.
  const asks =
    isInstruction(last.text) && /\b(seguintes?|abaixo|informac|dados)/u.test(foldText(last.text))
  if (last.origin !== 'lead' && !asks) return
  const sep = last.hasFields ? '; ' : /[:.;!?]$/u.test(last.text) ? ' ' : ': '
  last.hasFields = true
  last.text = `${last.text}${sep}${fields.map((f) => f.replace(/[;.,]+$/u, '')).join('; ')}`
}

/** Pushes a text's sentences (cut at their joints) as units under the walk's condition. */
export function pushSentences(
  w: Walk,
  text: string,
  line: number,
  links: StepLink[],
  origin: Unit['origin'],
): void {
  const parts = splitSentences(text)
    .map((s) => s.replace(ENUMERATOR, ''))
    .flatMap((s) => splitJointParts(s))
  const assigned = new Set<StepLink>()
  for (const { text: sentence, joint } of parts) {
    const mine = links.filter((l) => !assigned.has(l) && sentence.includes(l.label))
    mine.forEach((l) => assigned.add(l))
    const before = lastUnit(w)
    if (isLinkPointer(sentence, mine)) {
      // Its links are the references of the step before it (or of the next one).
      if (before) before.links.push(...mine)
      else w.pendingLinks.push(...mine)
      continue
    }
    w.units.push({
      text: sentence,
      line,
      links: [...w.pendingLinks, ...mine],
      detail: [],
      condition: w.condition?.text ?? null,
      origin,
      caution: w.caution,
      note: w.note,
      ...(joint ? { joint } : {}),
    })
    w.pendingLinks = []
  }
  // Links whose label is not in any sentence (e.g. bare URLs) stay with the paragraph's last unit.
  const rest = links.filter((l) => !assigned.has(l))
  const last = lastUnit(w)
  if (rest.length && last) last.links.push(...rest)
}

/** Ends a run of conditional paragraphs. */
export function closeRun(w: Walk): void {
  if (w.condition?.mode === 'run') w.condition = null
}
