/**
 * A reply section may hold several templates, each under its own lead line: "Modelo resposta
 * para o Remetente:", "Resposta 01:", "Resposta 02 (após …):", a bold line or a sub-heading.
 * Each becomes a variant with its label, its blocks (the label left out) and its own fields.
 */
import type { Block, Inline } from '../rst/types'
import { renderText } from '../rst'
import type { ReplyVariant } from './types'
import { foldText, tidySpaces } from '../text/fold'
import { findReplyFields } from './reply-fields'
import { textParts } from './text-parts'
import { plainInline } from './checklist/inline'
import { conditionOf, isInstruction } from './checklist/classify'

const VARIANT_LEAD =
  /^(modelo|resposta|opcao|alternativa|caso|para o|para a|para os|para as|se|quando|apos|texto|mensagem)\b/u
const MAX_LEAD_WORDS = 20

function isStrongLine(nodes: Inline[]): boolean {
  const meaningful = nodes.filter((n) => !(n.type === 'text' && !n.value.trim()))
  return meaningful.length > 0 && meaningful.every((n) => n.type === 'strong')
}

/** The label of a block that opens a reply variant, or null. */
function variantLabel(block: Block): string | null {
  if (block.type === 'section') return tidySpaces(block.titleText).replace(/[:\s]+$/u, '') || null
  if (block.type !== 'paragraph') return null
  const text = tidySpaces(plainInline(block.children))
  if (text.split(/\s+/u).length > MAX_LEAD_WORDS) return null
  const strong = isStrongLine(block.children)
  const lead = VARIANT_LEAD.test(foldText(text))
  // A bold "Modelo de resposta para o Destinatário" is a lead even without its colon.
  if (text.endsWith(':') ? !strong && !lead : !(strong && lead)) return null
  // "Prezado(a)," and list leads inside one template are not variants.
  if (/^prezad/u.test(foldText(text))) return null
  // "Após concluir essas etapas, realize o seguinte:" leads a list inside one template.
  if (isInstruction(text) && !conditionOf(text) && !/^(modelo|resposta)\b/u.test(foldText(text)))
    return null
  return text.replace(/[:\s]+$/u, '')
}

function variant(label: string, blocks: Block[], line: number): ReplyVariant {
  return {
    label,
    blocks,
    text: renderText(blocks).trim(),
    fields: findReplyFields(textParts(blocks)),
    line,
  }
}

/**
 * The variants of a reply section's blocks: one per lead line when there are at least two,
 * else a single unlabelled variant holding the whole reply.
 */
export function splitReplyVariants(blocks: Block[], line = 0): ReplyVariant[] {
  const starts: { at: number; label: string }[] = []
  blocks.forEach((block, at) => {
    const label = variantLabel(block)
    if (label) starts.push({ at, label })
  })
  if (starts.length < 2) return [variant('', blocks, blocks[0]?.line ?? line)]
  return starts.map(({ at, label }, i) => {
    const end = starts[i + 1]?.at ?? blocks.length
    const head = blocks[at]
    // Text before the first lead (rare) belongs to the first variant.
    const before = i === 0 ? blocks.slice(0, at) : []
    const body = head.type === 'section' ? head.children : blocks.slice(at + 1, end)
    const rest = head.type === 'section' ? blocks.slice(at + 1, end) : []
    return variant(label, [...before, ...body, ...rest], head.line)
  })
}
