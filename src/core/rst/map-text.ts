/** Copying a tree with every text inline replaced (reply templates fill their marks this way). */
import type { Block, Inline, ListItem, TableCell } from './types'

type TextFn = (text: string) => Inline[] | string

/** Returns a copy of the tree where every text inline went through `fn`. */
export function mapText(blocks: Block[], fn: TextFn): Block[] {
  return blocks.map((b) => mapBlock(b, fn))
}

/** Returns a copy of inline nodes where every text inline went through `fn`. */
export function mapInlines(nodes: Inline[], fn: TextFn): Inline[] {
  const out: Inline[] = []
  for (const n of nodes) {
    switch (n.type) {
      case 'text': {
        const r = fn(n.value)
        if (typeof r === 'string') out.push({ type: 'text', value: r })
        else out.push(...r)
        break
      }
      case 'strong':
      case 'emphasis':
      case 'link':
      case 'reference':
        out.push({ ...n, children: mapInlines(n.children, fn) })
        break
      default:
        out.push({ ...n })
    }
  }
  return out
}

function items(list: ListItem[], fn: TextFn): ListItem[] {
  return list.map((i) => ({ line: i.line, children: mapText(i.children, fn) }))
}

function rows(r: TableCell[][], fn: TextFn): TableCell[][] {
  return r.map((row) => row.map((c) => ({ ...c, children: mapText(c.children, fn) })))
}

function mapBlock(b: Block, fn: TextFn): Block {
  switch (b.type) {
    case 'section':
      return { ...b, title: mapInlines(b.title, fn), children: mapText(b.children, fn) }
    case 'paragraph':
      return { ...b, children: mapInlines(b.children, fn) }
    case 'bullet_list':
    case 'enumerated_list':
      return { ...b, items: items(b.items, fn) }
    case 'definition_list':
      return {
        ...b,
        items: b.items.map((i) => ({
          line: i.line,
          term: mapInlines(i.term, fn),
          definition: mapText(i.definition, fn),
        })),
      }
    case 'field_list':
      return { ...b, fields: b.fields.map((f) => ({ ...f, body: mapText(f.body, fn) })) }
    case 'block_quote':
    case 'footnote':
      return { ...b, children: mapText(b.children, fn) }
    case 'line_block':
      return { ...b, lines: b.lines.map((l) => mapInlines(l, fn)) }
    case 'admonition':
      return {
        ...b,
        title: b.title ? mapInlines(b.title, fn) : null,
        children: mapText(b.children, fn),
      }
    case 'image': {
      const copy = { ...b }
      if (b.caption) copy.caption = mapInlines(b.caption, fn)
      if (b.legend) copy.legend = mapText(b.legend, fn)
      return copy
    }
    case 'table': {
      const copy = { ...b, header: rows(b.header, fn), rows: rows(b.rows, fn) }
      if (b.title) copy.title = mapInlines(b.title, fn)
      return copy
    }
    case 'substitution_definition':
      return { ...b, value: mapInlines(b.value, fn) }
    case 'toctree':
      return { ...b, entries: [...b.entries] }
    default:
      return { ...b }
  }
}
