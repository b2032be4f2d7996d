/**
 * A checklist written by a knowledge maintainer: a section titled "Checklist" in the article,
 * holding a list of steps. It overrides the derived checklist. An item may open with its kind in
 * brackets ("[verificar] …"); an item ending in ":" with a list under it is a branch, its items
 * the branch's steps. See README, "Checklists written by maintainers".
 */
import type { Block } from '../../rst/types'
import type { ArticleSection, LintProblem, StepKind } from '../types'
import { foldText, tidySpaces } from '../../text/fold'
import { stepKind } from './classify'
import { finishSteps } from './derive'
import { plainInline } from './inline'
import { contentWords } from '../checklist-eval/score'
import type { ChecklistStep } from '../types'

const TITLES = new Set(['checklist', 'check-list', 'lista de verificacao'])
const KINDS: Record<string, StepKind> = {
  verificar: 'diagnose',
  diagnose: 'diagnose',
  fazer: 'act',
  act: 'act',
  se: 'branch',
  branch: 'branch',
  escalar: 'escalate',
  escalate: 'escalate',
  cuidado: 'precaution',
  precaution: 'precaution',
  responder: 'reply',
  reply: 'reply',
}
const TAG = /^\[([^\]]+)\]\s*/u
// Share of a maintainer step's words that the rest of the article must hold.
const MATCH = 0.6

/** The maintainer's checklist section of an article, if it has one. */
export function maintainerSection(sections: ArticleSection[]): ArticleSection | null {
  return sections.find((s) => TITLES.has(foldText(s.title).replace(/:$/u, ''))) ?? null
}

interface Raw {
  text: string
  kind: StepKind
  condition: string | null
  line: number
}

function items(blocks: Block[], condition: string | null, out: Raw[]): void {
  for (const block of blocks) {
    if (block.type !== 'bullet_list' && block.type !== 'enumerated_list') continue
    for (const item of block.items) {
      const first = item.children.find((b) => b.type === 'paragraph')
      let text = first && first.type === 'paragraph' ? tidySpaces(plainInline(first.children)) : ''
      const nested = item.children.filter(
        (b) => b.type === 'bullet_list' || b.type === 'enumerated_list',
      )
      if (nested.length && text.endsWith(':')) {
        items(nested, text.replace(/[:\s]+$/u, ''), out)
        continue
      }
      const tag = TAG.exec(text)
      const kind = tag ? KINDS[foldText(tag[1])] : undefined
      if (tag) text = text.slice(tag[0].length)
      if (text) out.push({ text, kind: kind ?? stepKind(text), condition, line: item.line })
      if (nested.length) items(nested, condition, out)
    }
  }
}

/** The steps of a maintainer's checklist section. */
export function maintainerSteps(section: ArticleSection): ChecklistStep[] {
  const raw: Raw[] = []
  items(section.blocks, null, raw)
  return finishSteps(
    raw.map((r) => ({ ...r, detail: [], links: [] })),
    'maintainer',
  )
}

/** Lint: maintainer steps whose words the rest of the article does not hold (a typo, or a stale step). */
export function lintMaintainerSteps(
  path: string,
  section: ArticleSection,
  steps: ChecklistStep[],
  sections: ArticleSection[],
): LintProblem[] {
  const article = contentWords(
    sections
      .filter((s) => s !== section)
      .map((s) => s.text)
      .join('\n'),
  )
  return steps
    .filter((step) => step.kind !== 'reply')
    .filter((step) => {
      const words = [...contentWords(step.text)]
      return words.length > 0 && words.filter((w) => article.has(w)).length < MATCH * words.length
    })
    .map((step) => ({
      path,
      line: step.line,
      severity: 'warning' as const,
      code: 'checklist-step-unmatched',
      message: `checklist step "${step.label}" does not match the article's text (fewer than ${MATCH * 100} % of its words are in the other sections)`,
    }))
}
