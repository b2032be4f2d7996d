/** The one block walker of the project: renderers, knowledge extraction and search read trees through it. */
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

/** Child blocks of a block, in source order. */
export function childBlocks(b: Block): Block[] {
  return childBlockLists(b).flat()
}

/**
 * Calls `visit` for every block of a tree, depth first, in source order; when `visit` returns
 * false the block's children are skipped.
 */
export function walkBlocks(blocks: Block[], visit: (block: Block) => boolean | void): void {
  for (const block of blocks) if (visit(block) !== false) walkBlocks(childBlocks(block), visit)
}

/** Every substitution definition in the tree, by normalized name (first wins). */
export function collectSubstitutions(blocks: Block[]): SubstitutionMap {
  const map: SubstitutionMap = new Map()
  walkBlocks(blocks, (b) => {
    if (b.type === 'substitution_definition' && !map.has(b.name)) map.set(b.name, b)
  })
  return map
}

/** Inline children of an inline node, if it has any. */
export function inlineChildren(n: Inline): Inline[] | null {
  return n.type === 'strong' || n.type === 'emphasis' || n.type === 'link' || n.type === 'reference'
    ? n.children
    : null
}
