/**
 * The article's text cut into the pieces a checklist is made of: sentences of paragraphs and
 * list items, each with its links, the condition it sits under and what it carries along
 * (code, field lists and value tables become the detail of the step that needs them).
 */
import type { Block } from '../../rst/types'
import { renderText } from '../../rst'
import type { StepLink } from '../types'
import { tidySpaces } from '../../text/fold'
import { splitSentences } from '../sentences'
import { conditionOf, isInstruction } from './classify'
import { addDetail, addFields, lastUnit, pushSentences, type Unit, type Walk } from './unit'
import { addLeadField, asksAction, walkLead } from './leads'
import { bareLinks, isWholeStrong, looksLikeCode, plainInline, wordCount } from './inline'
import { isFieldList, isLinkList, itemText } from './lists'

// "Passo 2:", "2º passo", "passo 1,": a step of a procedure, whatever form its verb takes.
const PASSO = /^\s*(\*\*)?\s*(passo\s*\d+|\d+\s*[º°o]?\s*passo)\s*[:.,)–-]?\s*(\*\*)?\s*/iu

function walkList(
  w: Walk,
  block: Extract<Block, { type: 'bullet_list' | 'enumerated_list' }>,
): void {
  const items = block.items.map((item) => {
    const links: StepLink[] = []
    const text = bareLinks(itemText(item.children, links), links)
    return {
      text: tidySpaces(text),
      links,
      line: item.line,
      nested: item.children.filter((b) => b.type !== 'paragraph'),
    }
  })
  if (isLinkList(items)) {
    const links = items.flatMap((i) => i.links)
    const last = lastUnit(w)
    if (last) last.links.push(...links)
    else w.pendingLinks.push(...links)
    return
  }
  const lead = w.completes
  w.completes = null
  if (lead && items.every((i) => i.text && !isInstruction(i.text))) {
    for (const item of items) {
      const rest = item.text.charAt(0).toLowerCase() + item.text.slice(1)
      pushSentences(w, `${lead} ${rest}`, item.line, item.links, 'passo')
    }
    return
  }
  if (isFieldList(items.map((i) => i.text)) && lastUnit(w)) {
    addFields(
      w,
      items.map((i) => i.text),
    )
    return
  }
  for (const item of items) {
    // "Caso utilize o Gearman:" over a nested list: the condition of the items below it.
    const condition = item.text.endsWith(':') && item.nested.length ? conditionOf(item.text) : null
    if (condition) {
      const saved = w.condition
      w.condition = { text: item.text.replace(/[:\s]+$/u, ''), mode: 'heading' }
      if (!walkShortBranch(w, item.nested)) walkBlocks(w, item.nested)
      w.condition = saved
      continue
    }
    if (item.text) {
      if (looksLikeCode(item.text)) addDetail(w, item.text)
      else {
        const passo = PASSO.exec(item.text)
        const text = passo ? item.text.slice(passo[0].length) : item.text
        pushSentences(w, text, item.line, item.links, passo ? 'passo' : 'item')
      }
    }
    walkBlocks(w, item.nested)
  }
}

// A branch of a few short actions reads as one step: the agent ticks the path taken.
const SHORT_BRANCH_ITEMS = 4
const SHORT_ITEM_WORDS = 14

/** Pushes a nested list of a few short actions as one step; false when it is not one. */
function walkShortBranch(w: Walk, nested: Block[]): boolean {
  const list = nested.length === 1 ? nested[0] : null
  if (!list || (list.type !== 'bullet_list' && list.type !== 'enumerated_list')) return false
  const links: StepLink[] = []
  const texts = list.items.map((item) =>
    tidySpaces(bareLinks(itemText(item.children, links), links)),
  )
  const short = texts.every(
    (t) => t && wordCount(t) <= SHORT_ITEM_WORDS && !looksLikeCode(t) && !t.endsWith(':'),
  )
  if (texts.length > SHORT_BRANCH_ITEMS || !short || list.items.some((i) => i.children.length > 1))
    return false
  const text = texts.map((t) => t.replace(/[;.,\s]+$/u, '')).join('; ')
  w.units.push({
    text: `${text}.`,
    line: list.items[0].line,
    links,
    detail: [],
    condition: w.condition?.text ?? null,
    origin: 'item',
    caution: w.caution,
    note: w.note,
  })
  return true
}

// "1- Escolher um horário …" opening a line: an item of a list written as lines of a paragraph.
const LINE_ITEM = /^\s*\d{1,2}\s*[-–)]\s+\S/u

/**
 * The items of a numbered list written as the lines of one paragraph ("1- Escolher …\n2- Efetuar
 * …"), each with the lines that continue it; null when the paragraph is not one.
 */
function lineItems(raw: string): string[] | null {
  const lines = raw.split('\n')
  if (!LINE_ITEM.test(lines[0])) return null
  const items: string[] = []
  for (const line of lines)
    if (LINE_ITEM.test(line)) items.push(line)
    else items[items.length - 1] += ` ${line}`
  return items.length > 1 ? items : null
}

function walkParagraph(
  w: Walk,
  block: Extract<Block, { type: 'paragraph' }>,
  next: Block | undefined,
  origin: 'paragraph' | 'item' = 'paragraph',
): void {
  const links: StepLink[] = []
  const raw = bareLinks(plainInline(block.children, links), links)
  const items = lineItems(raw)
  if (items) {
    w.pendingLinks.push(...links)
    items.forEach((item, i) =>
      walkParagraph(
        w,
        { type: 'paragraph', line: block.line + i, children: [{ type: 'text', value: item }] },
        i === items.length - 1 ? next : undefined,
      ),
    )
    return
  }
  let text = tidySpaces(raw)
  if (!text) return
  if (looksLikeCode(text)) {
    addDetail(w, renderText([block]))
    return
  }
  // A message quoted whole ("O trâmite ainda não foi concluído…") is shown to the user, not a step.
  if (/^["“].*["”]$/u.test(text)) return
  // "· Nome completo;" written as paragraphs: a field of the step before.
  if (/^[·•▪]/u.test(text)) {
    const item = text.replace(/^[·•▪]\s*/u, '')
    // Once a lead collects fields, its later bullets are fields too unless they ask something.
    const collecting = lastUnit(w)?.origin === 'lead'
    if (wordCount(item) <= (collecting ? 14 : 6) && !isInstruction(item)) addFields(w, [item])
    else pushSentences(w, item, block.line, links, 'item')
    return
  }
  // A bold title without its colon ("**Capturas de Tela**") under a lead that asks for data.
  if (w.fieldsFor && isWholeStrong(block.children) && wordCount(text) <= 6 && !asksAction(text)) {
    addLeadField(w.fieldsFor, text.replace(/[:?\s]+$/u, ''))
    return
  }
  const passo = PASSO.exec(text)
  if (passo) {
    text = text.slice(passo[0].length).trim()
    if (!text) return
    pushSentences(w, text, block.line, links, 'passo')
    return
  }
  if (text.endsWith(':')) {
    const sentences = splitSentences(text)
    // "Explanation. Lead:": the sentences before the lead are ordinary ones.
    if (sentences.length > 1) {
      pushSentences(w, sentences.slice(0, -1).join(' '), block.line, links, 'paragraph')
      text = sentences[sentences.length - 1]
    }
    walkLead(w, text, isWholeStrong(block.children) && sentences.length === 1, block, links, next)
    return
  }
  pushSentences(w, text, block.line, links, origin)
  // A run of conditional paragraphs ends at the first one that ends a sentence.
  if (w.condition?.mode === 'run' && !/;\s*$/u.test(text)) w.condition = null
}

const isList = (b: Block | undefined) => b?.type === 'bullet_list' || b?.type === 'enumerated_list'
const isExampleLead = (b: Extract<Block, { type: 'paragraph' }>) =>
  /^(exemplos?|ex)\.?\s*:?$/iu.test(tidySpaces(plainInline(b.children)))

/**
 * True for a line written right under a list's last item, without the blank line or the indent
 * that would make it the item's own ("* Verifique o log …;\nDesabilite o agendamento …;"): the
 * next item of that list.
 */
function continuesList(before: Block | undefined, block: Extract<Block, { type: 'paragraph' }>) {
  if (!before || (before.type !== 'bullet_list' && before.type !== 'enumerated_list')) return false
  const item = before.items[before.items.length - 1]
  const only = item?.children.length === 1 ? item.children[0] : null
  if (only?.type !== 'paragraph') return false
  const lines = plainInline(only.children).split('\n').length
  return block.line === item.line + lines
}

/** Walks blocks in order, appending units. */
export function walkBlocks(w: Walk, blocks: Block[]): void {
  blocks.forEach((block, i) => {
    const next = blocks[i + 1]
    const before = blocks[i - 1]
    // The list after "Exemplo:" shows what a step looks like; it is the detail, not steps.
    if (isList(block) && before?.type === 'paragraph' && isExampleLead(before)) {
      addDetail(w, renderText([block]))
      return
    }
    switch (block.type) {
      case 'paragraph':
        if (isList(next) && isExampleLead(block)) return
        walkParagraph(w, block, next, continuesList(before, block) ? 'item' : 'paragraph')
        return
      case 'bullet_list':
      case 'enumerated_list':
        walkList(w, block)
        return
      case 'literal_block':
      case 'raw':
      case 'table':
      case 'unknown_directive':
        addDetail(w, renderText([block]))
        return
      case 'line_block':
        walkParagraph(
          w,
          {
            type: 'paragraph',
            line: block.line,
            children: block.lines.flatMap((l) => [...l, { type: 'text', value: ' ' }]),
          },
          next,
        )
        return
      case 'footnote': {
        const saved = w.condition
        w.condition = null
        const start = w.units.length
        walkBlocks(w, block.children)
        for (const unit of w.units.slice(start)) unit.origin = 'footnote'
        w.condition = saved
        return
      }
      case 'admonition': {
        const title = block.title ? plainInline(block.title) : ''
        const caution =
          block.kind !== 'note' &&
          block.kind !== 'tip' &&
          block.kind !== 'hint' &&
          !/observa|nota|dica/iu.test(title)
        const saved = { caution: w.caution, note: w.note }
        w.caution =
          caution && (block.kind !== 'admonition' || /aten|cuidado|importante|aviso/iu.test(title))
        w.note = !w.caution
        walkBlocks(w, block.children)
        w.caution = saved.caution
        w.note = saved.note
        return
      }
      case 'block_quote':
        walkBlocks(w, block.children)
        return
      case 'section': {
        const condition = conditionOf(block.titleText)
        if (condition)
          w.condition = {
            text: tidySpaces(block.titleText).replace(/[:\s]+$/u, ''),
            mode: 'heading',
          }
        walkBlocks(w, block.children)
        if (condition) w.condition = null
        return
      }
      case 'definition_list':
        for (const item of block.items) {
          walkParagraph(
            w,
            {
              type: 'paragraph',
              line: item.line,
              children: [...item.term, { type: 'text', value: ':' }],
            },
            item.definition[0],
          )
          walkBlocks(w, item.definition)
        }
        return
      default:
        return
    }
  })
}

/** The units of some blocks; `caution` marks every unit as coming from an "Atenção" section. */
export function readUnits(blocks: Block[], opts: { caution?: boolean } = {}): Unit[] {
  const w: Walk = {
    units: [],
    condition: null,
    pendingLinks: [],
    caution: opts.caution ?? false,
    note: false,
    fieldsFor: null,
  }
  walkBlocks(w, blocks)
  return w.units
}
