/** Tree walking helpers shared by the renderers. */
import type { Block, Inline } from './types'

export type SubstitutionMap = Map<string, Extract<Block, { type: 'substitution_definition' }>>

/** Child block lists of a block (list items, cells, definitions… flattened). */
export function childBlockLists(b: Block): Block[][] {
  switch (b.type) {
    case 'section':
    case 'block_quote':
    case 'admonition':
    case 'footnote':
      return [b.children]
    case 'bullet_list':
    case 'enumerated_list':
      return b.items.map((i) => i.children)
    case 'definition_list':
      return b.items.map((i) => i.definition)
    case 'field_list':
      return b.fields.map((f) => f.body)
    case 'table':
      return [...b.header, ...b.rows].flatMap((row) => row.map((c) => c.children))
    case 'image':
      return b.legend ? [b.legend] : []
    default:
      return []
  }
}

/** Every substitution definition in the tree, by normalized name (first wins). */
export function collectSubstitutions(blocks: Block[]): SubstitutionMap {
  const map: SubstitutionMap = new Map()
  const stack: Block[][] = [blocks]
  while (stack.length > 0) {
    for (const b of stack.pop() as Block[]) {
      if (b.type === 'substitution_definition' && !map.has(b.name)) map.set(b.name, b)
      stack.push(...childBlockLists(b))
    }
  }
  return map
}

/** Inline children of an inline node, if it has any. */
export function inlineChildren(n: Inline): Inline[] | null {
  return n.type === 'strong' || n.type === 'emphasis' || n.type === 'link' || n.type === 'reference'
    ? n.children
    : null
}
