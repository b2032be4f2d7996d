import type { Block } from '../rst/types'
import { inlineText, renderText } from '../rst'
import { walkBlocks } from '../rst/walk'
import type { TextPart } from './reply-fields'

/** The leaf texts of some blocks (paragraphs, code, table cells…), each with its source line. */
export function textParts(blocks: Block[]): TextPart[] {
  const parts: TextPart[] = []
  walkBlocks(blocks, (block) => {
    switch (block.type) {
      case 'paragraph':
        parts.push({ text: inlineText(block.children), line: block.line })
        return false
      case 'literal_block':
      case 'raw':
      case 'unknown_directive':
        parts.push({ text: block.value, line: block.line })
        return false
      case 'line_block':
        parts.push({ text: block.lines.map((l) => inlineText(l)).join('\n'), line: block.line })
        return false
      case 'definition_list':
        // Each term before its own definition, not every term first.
        for (const item of block.items) {
          parts.push({ text: inlineText(item.term), line: item.line })
          parts.push(...textParts(item.definition))
        }
        return false
      case 'bullet_list':
      case 'enumerated_list':
      case 'field_list':
      case 'section':
      case 'block_quote':
      case 'admonition':
      case 'footnote':
      case 'table':
        return true
      default: {
        const text = renderText([block]).trim()
        if (text) parts.push({ text, line: block.line })
        return false
      }
    }
  })
  return parts
}
