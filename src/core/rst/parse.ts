/** parseRst: the reader's entry point. Block pass, then inline pass once targets are known. */
import type { Block, RstDocument } from './types'
import { rootView, splitLines } from './lines'
import { newContext, report, type ParseContext } from './context'
import { parseBlocks } from './blocks'
import { parseInline } from './inline'
import { normalizeRefName, type InlineResolver } from './inline-references'
import { AnchorRegistry } from './anchors'
import { inlineText } from './render-text'
import { normalizeHeading, normalizeNewlines } from '../text/decode'

type Section = Extract<Block, { type: 'section' }>

const MAX_ALIAS_HOPS = 8

/** Parses reStructuredText into the reader tree. Never throws; runs in linear time. */
export function parseRst(text: string): RstDocument {
  const ctx = newContext()
  try {
    return parseDocument(typeof text === 'string' ? text : String(text), ctx)
  } catch (err) {
    // A reader bug must not take the knowledge base down: keep the text readable.
    report(ctx, 1, 'error', 'reader-failure', `reader failed: ${String(err).slice(0, 200)}`)
    return {
      children: [{ type: 'literal_block', line: 1, value: String(text) }],
      problems: ctx.problems,
    }
  }
}

function parseDocument(text: string, ctx: ParseContext): RstDocument {
  const clean = normalizeNewlines(text).replace(/^\uFEFF/, '')
  const flat = parseBlocks(rootView(splitLines(clean)), ctx, 0, true)

  const implicit = new Map<string, string>()
  const labelAnchor = new Map<string, string>()
  let anonymousIndex = 0
  let currentLine = 1
  const resolver: InlineResolver = {
    named(name) {
      let key = name
      for (let hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
        const t = ctx.targets.get(key)
        if (!t) break
        if (t.alias !== undefined) {
          key = t.alias
          continue
        }
        if (!t.internal) return { kind: 'url', url: t.url }
        return { kind: 'internal', target: labelAnchor.get(key) ?? key }
      }
      const anchor = implicit.get(key)
      return anchor === undefined ? null : { kind: 'internal', target: anchor }
    },
    anonymous() {
      if (anonymousIndex >= ctx.anonymous.length) return undefined
      return ctx.anonymous[anonymousIndex++]
    },
    problem(code, message) {
      report(ctx, currentLine, 'warning', code, message)
    },
  }

  const anchors = new AnchorRegistry()
  for (const t of ctx.titles) {
    currentLine = t.line
    for (const node of parseInline(t.text, resolver)) t.into.push(node)
    t.section.titleText = normalizeHeading(inlineText(t.into))
    t.section.anchor = anchors.take(t.section.titleText)
    const key = normalizeRefName(t.section.titleText)
    if (!implicit.has(key)) implicit.set(key, t.section.anchor)
  }
  for (let k = 0; k < flat.length; k++) {
    const b = flat[k]
    if (b.type !== 'target' || b.url !== null || b.name === '') continue
    let n = k + 1
    while (n < flat.length && flat[n].type === 'target') n++
    const next = flat[n]
    if (next && next.type === 'section') labelAnchor.set(b.name, next.anchor)
  }
  for (const p of ctx.pending) {
    currentLine = p.line
    for (const node of parseInline(p.text, resolver)) p.into.push(node)
  }
  return { children: nestSections(flat, ctx), problems: ctx.problems }
}

/** Turns the flat document-level list into nested sections by level. */
function nestSections(flat: Block[], ctx: ParseContext): Block[] {
  const root: Block[] = []
  const stack: Section[] = []
  for (const b of flat) {
    if (b.type === 'section') {
      while (stack.length > 0 && stack[stack.length - 1].level >= b.level) stack.pop()
      const parentLevel = stack.length > 0 ? stack[stack.length - 1].level : 0
      if (b.level > parentLevel + 1) {
        report(
          ctx,
          b.line,
          'warning',
          'section-level-skip',
          `section "${b.titleText.slice(0, 60)}" skips a level`,
        )
      }
      ;(stack.length > 0 ? stack[stack.length - 1].children : root).push(b)
      stack.push(b)
    } else {
      ;(stack.length > 0 ? stack[stack.length - 1].children : root).push(b)
    }
  }
  return root
}
