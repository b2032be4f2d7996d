/**
 * The first checklist derivation (one section, lists or paragraphs or sentences), kept frozen:
 * tickets recorded before the current derivation carry its step keys, and the migration
 * recomputes them to learn what text each key stood for. Do not change what it returns.
 */
import type { Block, Inline } from '../../rst/types'
import type { ArticleSection } from '../types'
import { inlineText, renderText } from '../../rst'
import { foldText, tidySpaces } from '../../text/fold'
import { textKey } from '../ids'
import { firstSentence, splitSentences } from '../sentences'

/** A step of the first derivation: its key, label and the rest of its text. */
export interface LegacyStep {
  key: string
  index: number
  label: string
  detail: string
  line: number
}

interface RawStep {
  text: string
  label?: string
  detail: string
  line: number
}

const PASSO = /^\s*passo\s*(\d+)\s*[:.)–-]?\s*/iu
const CHECKLIST_TITLES = new Set([
  'checklist',
  'check-list',
  'passos',
  'passo a passo',
  'procedimento',
  'procedimentos',
])
const CONTAINERS = new Set(['block_quote', 'admonition', 'section'])
// Shorter paragraphs (data rows pasted as paragraphs, "id,nome") join the step before.
const MIN_STEP_WORDS = 3

const wordCount = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length

function text(blocks: Block[]): string {
  return tidySpaces(renderText(blocks))
}

function startsWithPasso(inlines: Inline[]): boolean {
  const first = inlines[0]
  return first !== undefined && /^\s*passo/iu.test(inlineText([first]))
}

/** "**Passo N:** …" paragraphs, each with the blocks that follow it as its detail. */
function passoSteps(blocks: Block[]): RawStep[] {
  const steps: RawStep[] = []
  let open: RawStep | null = null
  for (const block of blocks) {
    // Only paragraphs that start with "Passo" are rendered here: most are not steps.
    if (block.type === 'paragraph' && startsWithPasso(block.children)) {
      const body = text([block])
      const m = PASSO.exec(body)
      if (m) {
        open = { text: body.slice(m[0].length), detail: '', line: block.line }
        steps.push(open)
        continue
      }
    }
    if (block.type === 'section') {
      open = null
      steps.push(...passoSteps(block.children))
      continue
    }
    if (CONTAINERS.has(block.type) && 'children' in block) {
      const inner = passoSteps(block.children as Block[])
      if (inner.length) {
        steps.push(...inner)
        open = inner[inner.length - 1]
        continue
      }
    }
    if (open && block.type !== 'image') {
      const more = text([block])
      if (more) open.detail = open.detail ? `${open.detail}\n${more}` : more
    }
  }
  return steps
}

/** Items of the enumerated lists of some blocks, else of the bullet lists (nested lists stay in their item). */
function listSteps(blocks: Block[]): RawStep[] {
  const lists: { ordered: boolean; items: RawStep[] }[] = []
  const visit = (list: Block[]): void => {
    for (const block of list) {
      if (block.type === 'enumerated_list' || block.type === 'bullet_list') {
        lists.push({
          ordered: block.type === 'enumerated_list',
          items: block.items.map((item) => ({
            text: text(item.children),
            detail: '',
            line: item.line,
          })),
        })
      } else if (CONTAINERS.has(block.type) && 'children' in block) {
        visit(block.children as Block[])
      }
    }
  }
  visit(blocks)
  const ordered = lists.filter((l) => l.ordered)
  return (ordered.length ? ordered : lists).flatMap((l) => l.items).filter((s) => s.text)
}

/** One step per paragraph (code blocks join the step before); a lone paragraph gives one per sentence. */
function paragraphSteps(blocks: Block[]): RawStep[] {
  const steps: RawStep[] = []
  const visit = (list: Block[]): void => {
    for (const block of list) {
      const body = block.type === 'paragraph' ? text([block]) : ''
      if (body && wordCount(body) >= MIN_STEP_WORDS) {
        steps.push({ text: body, detail: '', line: block.line })
      } else if (CONTAINERS.has(block.type) && 'children' in block) {
        visit(block.children as Block[])
      } else if (steps.length && block.type !== 'image' && block.type !== 'comment') {
        const last = steps[steps.length - 1]
        const more = text([block])
        if (more) last.detail = last.detail ? `${last.detail}\n${more}` : more
      }
    }
  }
  visit(blocks)
  if (steps.length === 1 && !steps[0].detail) {
    const sentences = splitSentences(steps[0].text)
    if (sentences.length > 1)
      return sentences.map((s) => ({ text: s, label: s, detail: '', line: steps[0].line }))
  }
  return steps
}

function finish(raw: RawStep[]): LegacyStep[] {
  const used = new Map<string, number>()
  return raw.map((step, i) => {
    const full = step.detail ? `${step.text}\n${step.detail}` : step.text
    const base = textKey(full)
    const n = (used.get(base) ?? 0) + 1
    used.set(base, n)
    const label = step.label ?? firstSentence(step.text)
    const rest = [step.text === label ? '' : step.text, step.detail].filter(Boolean).join('\n')
    return {
      key: n === 1 ? base : `${base}-${n}`,
      index: i + 1,
      label,
      detail: rest,
      line: step.line,
    }
  })
}

/**
 * The first derivation's checklist: explicit "Passo N:" steps or a Checklist/Passos/Procedimento
 * section first; else the list items of the solution; else its paragraphs (or sentences).
 */
export function legacyChecklist(sections: ArticleSection[]): LegacyStep[] {
  const passos = sections.flatMap((section) => passoSteps(section.blocks))
  if (passos.length) return finish(passos)
  const named = sections.find((s) => CHECKLIST_TITLES.has(foldText(s.title).replace(/:$/u, '')))
  if (named) {
    const steps = listSteps(named.blocks)
    const chosen = steps.length ? steps : paragraphSteps(named.blocks)
    if (chosen.length) return finish(chosen)
  }
  const solution = sections.find((s) => s.role === 'solution')
  if (!solution) return []
  const items = listSteps(solution.blocks)
  return finish(items.length ? items : paragraphSteps(solution.blocks))
}
