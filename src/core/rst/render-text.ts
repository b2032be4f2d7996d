/** Plain-text rendering: for search indexing, previews and copying replies. */
import type { Block, Inline, TableCell } from './types'
import { collectSubstitutions, type SubstitutionMap } from './walk'
import { toSuperscript } from './inline-text'

/** Plain text of inline nodes (link URL appended in parentheses when it differs). */
export function inlineText(inlines: Inline[], subs?: SubstitutionMap): string {
  let out = ''
  for (const n of inlines) out += inlineNodeText(n, subs)
  return out
}

function inlineNodeText(n: Inline, subs?: SubstitutionMap): string {
  switch (n.type) {
    case 'text':
      return n.value
    case 'literal':
      return n.value
    case 'strong':
    case 'emphasis':
    case 'reference':
      return inlineText(n.children, subs)
    case 'link': {
      const text = inlineText(n.children, subs)
      if (n.url === null) return text
      const bare = n.url.replace(/^mailto:/i, '')
      return text === n.url || text === bare || `https://${text}` === n.url
        ? text
        : `${text} (${n.url})`
    }
    case 'role':
      return n.value
    case 'footnote_ref':
      return n.superscript ? toSuperscript(n.label) : `[${n.label}]`
    case 'substitution': {
      const def = subs?.get(n.name)
      if (!def) return `|${n.name}|`
      return def.image !== undefined ? `[${n.name}]` : inlineText(def.value, subs)
    }
  }
}

/** Readable plain text of blocks: blank line between blocks, "- " / "1. " list items. */
export function renderText(blocks: Block[]): string {
  const w = new TextWriter(collectSubstitutions(blocks))
  w.blocks(blocks, '')
  return w.done()
}

/**
 * Writes lines with their indentation prefix applied once, so nested lists cost output size
 * rather than output size times depth.
 */
class TextWriter {
  private readonly out: string[] = []
  private lastBlank = true
  /** Replaces the indentation of the next written line (list markers). */
  private marker: string | null = null

  constructor(private readonly subs: SubstitutionMap) {}

  done(): string {
    while (this.out.length > 0 && this.out[this.out.length - 1] === '') this.out.pop()
    return this.out.join('\n')
  }

  private text(text: string, indent: string): void {
    let from = 0
    for (;;) {
      const nl = text.indexOf('\n', from)
      const line = nl < 0 ? text.slice(from) : text.slice(from, nl)
      const prefix = this.marker ?? indent
      this.marker = null
      this.out.push(line === '' ? '' : prefix + line)
      this.lastBlank = false
      if (nl < 0) break
      from = nl + 1
    }
  }

  private blank(): void {
    if (this.lastBlank || this.marker !== null) return
    this.out.push('')
    this.lastBlank = true
  }

  blocks(blocks: Block[], indent: string): void {
    for (const b of blocks) {
      if (!hasText(b)) continue
      this.blank()
      this.block(b, indent)
    }
  }

  private items(children: Block[][], labels: string[], indent: string): void {
    children.forEach((c, k) => {
      this.marker = indent + labels[k]
      this.blocks(c, indent + ' '.repeat(labels[k].length))
      if (this.marker !== null) this.text('', indent)
    })
  }

  private block(b: Block, indent: string): void {
    const subs = this.subs
    switch (b.type) {
      case 'section':
        this.text(b.titleText, indent)
        this.blocks(b.children, indent)
        return
      case 'paragraph':
        return this.text(inlineText(b.children, subs), indent)
      case 'bullet_list':
        return this.items(
          b.items.map((i) => i.children),
          b.items.map(() => '- '),
          indent,
        )
      case 'enumerated_list':
        return this.items(
          b.items.map((i) => i.children),
          b.items.map((_, k) => `${enumLabel(b.enumType, b.start + k)}. `),
          indent,
        )
      case 'definition_list':
        for (const i of b.items) {
          this.blank()
          this.text(inlineText(i.term, subs), indent)
          this.lastBlank = true
          this.blocks(i.definition, indent)
        }
        return
      case 'field_list':
        for (const f of b.fields) {
          this.marker = `${indent}${f.name}: `
          this.lastBlank = true
          this.blocks(f.body, indent)
          if (this.marker !== null) this.text('', indent)
        }
        return
      case 'literal_block':
      case 'unknown_directive':
        return this.text(b.value, indent)
      case 'block_quote':
        return this.blocks(b.children, indent)
      case 'line_block':
        return this.text(b.lines.map((l) => inlineText(l, subs)).join('\n'), indent)
      case 'admonition':
        if (b.title) this.text(inlineText(b.title, subs), indent)
        if (b.title) this.blank()
        return this.blocks(b.children, indent)
      case 'image': {
        const caption = b.caption ? inlineText(b.caption, subs) : ''
        if (caption || b.alt) this.text(caption || b.alt, indent)
        if (b.legend) this.blocks(b.legend, indent)
        return
      }
      case 'table': {
        if (b.title) this.text(inlineText(b.title, subs), indent)
        for (const r of [...b.header, ...b.rows]) {
          this.text(r.map((c) => cellText(c, subs)).join(' | '), indent)
        }
        return
      }
      case 'footnote':
        this.marker = indent + (b.superscript ? `${toSuperscript(b.label)} ` : `[${b.label}] `)
        this.lastBlank = true
        this.blocks(b.children, indent)
        if (this.marker !== null) this.text('', indent)
        return
      default:
        return
    }
  }
}

function hasText(b: Block): boolean {
  switch (b.type) {
    case 'comment':
    case 'transition':
    case 'toctree':
    case 'raw':
    case 'target':
    case 'substitution_definition':
      return false
    case 'image':
      return b.alt !== '' || (b.caption?.length ?? 0) > 0 || (b.legend?.length ?? 0) > 0
    default:
      return true
  }
}

function cellText(c: TableCell, subs: SubstitutionMap): string {
  const w = new TextWriter(subs)
  w.blocks(c.children, '')
  return w.done().replace(/\s*\n\s*/g, ' ')
}

function enumLabel(enumType: string, n: number): string {
  if (enumType === 'loweralpha' || enumType === 'upperalpha') {
    const c = String.fromCharCode(96 + (((n - 1) % 26) + 1))
    return enumType === 'upperalpha' ? c.toUpperCase() : c
  }
  if (enumType === 'lowerroman' || enumType === 'upperroman') {
    const r = toRoman(n)
    return enumType === 'upperroman' ? r.toUpperCase() : r
  }
  return String(n)
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let out = ''
  let v = Math.max(1, Math.min(n, 3999))
  for (const [k, s] of table) {
    while (v >= k) {
      out += s
      v -= k
    }
  }
  return out
}
