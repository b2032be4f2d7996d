import type { Block, Inline } from '../rst/types'
import { walkBlocks } from '../rst/walk'

/** A link from one file to another file or label of the same tree. */
export interface FileReference {
  kind: 'doc' | 'ref' | 'toctree' | 'wiki'
  /** As written in the file. */
  raw: string
  /** For doc/toctree/wiki: the target file's path relative to the root ("a/b.rst"); for ref: the label. */
  target: string
  anchor: string | null
  line: number
}

const WIKI =
  /^https?:\/\/wiki\.processoeletronico\.gov\.br\/pt-br\/[^/?#]+\/([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/iu

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Joins and normalizes "/"-separated path parts; null when it climbs above the root. */
export function joinPath(base: string[], rel: string): string | null {
  const parts = rel.startsWith('/') ? [] : [...base]
  for (const part of rel.split('/')) {
    if (!part || part === '.') continue
    if (part === '..') {
      if (!parts.length) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/')
}

/** Maps a published-wiki URL (…/pt-br/latest/<path>.html#anchor) to "<path>.rst" and its anchor. */
export function wikiUrlToPath(url: string): { path: string; anchor: string | null } | null {
  const m = WIKI.exec(url.trim())
  if (!m) return null
  // "page.html/" (a stray slash after the page) still names the page.
  let page = safeDecode(m[1]).replace(/(\.html?)\/+$/iu, '$1')
  if (!page || page.endsWith('/')) page += 'index.html'
  if (!/\.html?$/iu.test(page)) return null
  const path = joinPath([], page.replace(/\.html?$/iu, '.rst'))
  if (path === null) return null
  const anchor = m[2] ? safeDecode(m[2]) : null
  return { path: path.normalize('NFC'), anchor: anchor || null }
}

/** Sphinx label normalization: case-insensitive, whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/gu, ' ').trim()
}

// "Title <target>" → "target"
function explicitTarget(text: string): string {
  const m = /<([^<>]+)>\s*$/u.exec(text)
  return (m ? m[1] : text).trim()
}

function docTarget(fromPath: string, target: string): string | null {
  const folder = fromPath.split('/').slice(0, -1)
  const clean = target.replace(/#.*$/u, '').replace(/\.rst$/iu, '')
  const joined = joinPath(folder, clean)
  return joined === null ? null : `${joined}.rst`
}

function inlinesOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'section':
      return [block.title]
    case 'paragraph':
      return [block.children]
    case 'line_block':
      return block.lines
    case 'definition_list':
      return block.items.map((i) => i.term)
    case 'admonition':
      return block.title ? [block.title] : []
    case 'image':
      return block.caption ? [block.caption] : []
    case 'table':
      return block.title ? [block.title] : []
    case 'substitution_definition':
      return [block.value]
    default:
      return []
  }
}

function walkInlines(inlines: Inline[], fn: (inline: Inline) => void): void {
  for (const inline of inlines) {
    fn(inline)
    if ('children' in inline) walkInlines(inline.children, fn)
  }
}

/** The internal references of a file (:doc:, :ref:, toctree entries, links to the published wiki) and its labels. */
export function fileReferences(
  path: string,
  blocks: Block[],
): { references: FileReference[]; labels: string[] } {
  const references: FileReference[] = []
  const labels: string[] = []
  walkBlocks(blocks, (block) => {
    if (block.type === 'target' && block.url === null) labels.push(normalizeLabel(block.name))
    if (block.type === 'toctree') {
      for (const entry of block.entries) {
        const target = explicitTarget(entry)
        if (!target || target === 'self' || /[*?[]/u.test(target) || /^[a-z]+:/iu.test(target))
          continue
        const resolved = docTarget(path, target)
        references.push({
          kind: 'toctree',
          raw: entry,
          target: resolved ?? target,
          anchor: null,
          line: block.line,
        })
      }
    }
    for (const inlines of inlinesOf(block)) {
      walkInlines(inlines, (inline) => {
        if (inline.type === 'reference' && inline.refType === 'doc') {
          const target = explicitTarget(inline.target)
          references.push({
            kind: 'doc',
            raw: inline.target,
            target: docTarget(path, target) ?? target,
            anchor: null,
            line: block.line,
          })
        } else if (inline.type === 'reference' && inline.refType === 'ref') {
          references.push({
            kind: 'ref',
            raw: inline.target,
            target: normalizeLabel(explicitTarget(inline.target)),
            anchor: null,
            line: block.line,
          })
        } else if (inline.type === 'link' && inline.url) {
          const wiki = wikiUrlToPath(inline.url)
          if (wiki)
            references.push({
              kind: 'wiki',
              raw: inline.url,
              target: wiki.path,
              anchor: wiki.anchor,
              line: block.line,
            })
        }
      })
    }
  })
  return { references, labels }
}
