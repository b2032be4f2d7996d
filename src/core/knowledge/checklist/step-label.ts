/** The label of a derived step: the action its text asks for, short enough for a row. */
import type { StepKind } from '../types'
import { actionSpan } from './action'
import { withShortFields, withoutAsides, withoutCircumstance, withoutOwnCondition } from './compact'
import { LABEL_CHARS, shortLabel } from './label'

/** What a label is made from: the step's text, the sentence that asks for it, its branch. */
export interface LabelSource {
  text: string
  /** The sentence that asks for the action, when the text goes on to explain it. */
  action?: string
  condition: string | null
  kind: StepKind
}

/** An action and its shorter forms, each dropping more: asides, long fields, the circumstance. */
function shorterForms(action: string): string[] {
  const forms = [action, withoutAsides(action)]
  const fields = withShortFields(forms[1])
  if (fields) forms.push(fields)
  const rest = withoutCircumstance(forms[forms.length - 1])
  if (rest) forms.push(actionSpan(rest))
  return forms
}

/**
 * The label of a derived step: its action as written, with the condition it opens with (an
 * exported checklist shows no branch headings). A reason stays when there is room; a long action
 * drops its asides, its condition (the branch's heading says it) and the circumstance before the
 * instruction before it is cut.
 */
export function stepLabel(c: LabelSource): string {
  // The reply step's parentheses name the reply's variants: they are its content.
  if (c.kind === 'reply')
    return shortLabel(c.text.length > LABEL_CHARS && c.action ? c.action : c.text)
  const forms = [
    ...shorterForms(actionSpan(c.text, { keepReason: true })),
    ...shorterForms(actionSpan(c.text)),
  ]
  const text = withoutOwnCondition(c.text, c.condition)
  if (text !== c.text)
    forms.push(
      ...shorterForms(actionSpan(text, { keepReason: true })),
      ...shorterForms(actionSpan(text)),
    )
  const bare = withoutOwnCondition(c.text, c.condition, { evenBeforeAClause: true })
  if (bare !== text) forms.push(...shorterForms(actionSpan(bare)))
  if (c.action) forms.push(...shorterForms(actionSpan(withoutOwnCondition(c.action, c.condition))))
  return forms.find((f) => f.length <= LABEL_CHARS) ?? shortLabel(forms[forms.length - 1])
}
