import type { Block } from '../rst/types'
import { inlineText, renderText } from '../rst'
import type { TextPart } from './reply-fields'

/** The leaf texts of some blocks (paragraphs, code, table cells…), each with its source line. */
export function textParts(blocks: Block[]): TextPart[] {
  const parts: TextPart[] = []
  const visit = (block: Block): void => {
    switch (block.type) {
      case 'paragraph':
        parts.push({ text: inlineText(block.children), line: block.line })
        return
      case 'literal_block':
      case 'raw':
      case 'unknown_directive':
        parts.push({ text: block.value, line: block.line })
        return
      case 'line_block':
        parts.push({ text: block.lines.map((l) => inlineText(l)).join('\n'), line: block.line })
        return
      case 'bullet_list':
      case 'enumerated_list':
        for (const item of block.items) item.children.forEach(visit)
        return
      case 'definition_list':
        for (const item of block.items) {
          parts.push({ text: inlineText(item.term), line: item.line })
          item.definition.forEach(visit)
        }
        return
      case 'field_list':
        for (const field of block.fields) field.body.forEach(visit)
        return
      case 'section':
      case 'block_quote':
      case 'admonition':
      case 'footnote':
        block.children.forEach(visit)
        return
      case 'table':
        for (const row of [...block.header, ...block.rows])
          for (const cell of row) cell.children.forEach(visit)
        return
      default: {
        const text = renderText([block]).trim()
        if (text) parts.push({ text, line: block.line })
      }
    }
  }
  blocks.forEach(visit)
  return parts
}
