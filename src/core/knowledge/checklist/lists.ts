/** What a list is to a checklist: fields a step asks for, reference links, or steps. */
import type { Block } from '../../rst/types'
import type { StepLink } from '../types'
import { tidySpaces } from '../../text/fold'
import { isInstruction } from './classify'
import { plainInline, wordCount } from './inline'

// A field is a few words ("Print da tela com o erro/falha (anexo)"); a list is of fields when most are.
const FIELD_WORDS = 8
const FIELD_SHARE = 0.75

/** A list of short non-instructions ("Nome completo", "Órgão"): the fields a step asks for. */
export function isFieldList(items: string[]): boolean {
  if (!items.length) return false
  // A field is short, asks nothing and leads nothing ("Para verificar os processos:" is a lead).
  const short = items.filter(
    (t) =>
      wordCount(t) <= FIELD_WORDS &&
      !isInstruction(t) &&
      !t.endsWith(':') &&
      !/^passo\s*\d/iu.test(t),
  )
  return short.length / items.length >= FIELD_SHARE
}

/** A list made mostly of links: the references of a step, not steps. */
export function isLinkList(items: { text: string; links: StepLink[] }[]): boolean {
  if (!items.length) return false
  const linky = items.filter(
    (i) => i.links.length > 0 && wordCount(i.text) <= 14 && !isInstruction(i.text),
  )
  return linky.length / items.length >= 0.6
}

/** The plain text of a list item's paragraphs (nested lists are walked on their own). */
export function itemText(children: Block[], links: StepLink[]): string {
  return tidySpaces(
    children
      .map((b) =>
        b.type === 'paragraph'
          ? plainInline(b.children, links)
          : b.type === 'line_block'
            ? b.lines.map((l) => plainInline(l, links)).join(' ')
            : '',
      )
      .join(' '),
  )
}
