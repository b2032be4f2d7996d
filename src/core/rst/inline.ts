/**
 * Inline markup, scanned once from left to right. Each start-string looks for its end-string
 * through a per-kind cache of the next valid end, so unmatched markup (a megabyte of
 * backticks) costs linear time instead of one rescan per candidate start. Unmatched markup
 * stays literal text, as in docutils.
 */
import type { Inline } from './types'
import { splitTextRuns } from './inline-text'
import { markEscapes, unescapeRange, type EscapeMarks } from './inline-escapes'
import {
  NO_RESOLVER,
  hyperlinkReference,
  normalizeRefName,
  resolvedReference,
  type InlineResolver,
} from './inline-references'
import { roleNode } from './inline-roles'

const START_PREV = /[\s\p{Ps}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u
const END_NEXT = /[\s\p{Pe}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u
const OPENERS = '([{<\'"'
const CLOSERS = ')]}>\'"'
// Bounded quantifiers keep these sticky matches constant-time per position.
const ROLE_AT = /:([A-Za-z][\w.+-]{0,63}(?::[\w.+-]{1,63})?):/y
const FOOTNOTE_AT = /\[(\d{1,9}|#[A-Za-z0-9._-]{0,63}|\*|[A-Za-z][\w.-]{0,63})\]_/y
const SIMPLE_NAME_CHARS = /[A-Za-z0-9\u00C0-\u024F]/
const MAX_SIMPLE_NAME = 64

type EndKind = '**' | '*' | '``' | '`' | '|'

/** Parses one paragraph's (or title's, cell's…) text into inline nodes. Never throws. */
export function parseInline(text: string, resolver: InlineResolver = NO_RESOLVER): Inline[] {
  return new InlineScanner(text, resolver).run()
}

class InlineScanner {
  private readonly out: Inline[] = []
  private readonly esc: EscapeMarks | null
  private readonly cache = new Map<EndKind, { from: number; at: number }>()
  private textStart = 0

  constructor(
    private readonly s: string,
    private readonly resolver: InlineResolver,
  ) {
    this.esc = s.includes('\\') ? markEscapes(s) : null
  }

  run(): Inline[] {
    const s = this.s
    const n = s.length
    let i = 0
    while (i < n) {
      const c = s[i]
      if (c !== '*' && c !== '`' && c !== '|' && c !== '[' && c !== ':' && c !== '_') {
        i++
        continue
      }
      const next = c === '_' ? this.simpleReference(i) : this.tryStart(i)
      i = next > i ? next : i + 1
    }
    this.flushText(n)
    return mergeText(this.out)
  }

  private escaped(i: number): boolean {
    return this.esc !== null && this.esc[i] === 1
  }

  private startAllowed(i: number, len: number): boolean {
    if (this.escaped(i)) return false
    const after = this.s[i + len]
    if (after === undefined || /\s/.test(after)) return false
    if (i === 0) return true
    const prev = this.s[i - 1]
    if (!START_PREV.test(prev)) return false
    const k = OPENERS.indexOf(prev)
    return !(k >= 0 && CLOSERS[k] === after)
  }

  private endNextOk(p: number): boolean {
    const c = this.s[p]
    return c === undefined || END_NEXT.test(c)
  }

  /** Returns the index after the construct, or `i` when nothing starts here. */
  private tryStart(i: number): number {
    const s = this.s
    const c = s[i]
    if (c === '*') {
      if (s[i + 1] === '*') return this.delimited(i, '**', 2)
      return this.delimited(i, '*', 1)
    }
    if (c === '`') {
      if (s[i + 1] === '`') return this.delimited(i, '``', 2)
      return this.interpreted(i, i, null)
    }
    if (c === '|') return this.delimited(i, '|', 1)
    if (c === '[') return this.footnoteRef(i)
    if (c === ':') {
      ROLE_AT.lastIndex = i
      const m = ROLE_AT.exec(s)
      if (m && s[i + m[0].length] === '`' && (i === 0 || START_PREV.test(s[i - 1]))) {
        return this.interpreted(i + m[0].length, i, m[1])
      }
    }
    return i
  }

  private delimited(i: number, kind: EndKind, len: number): number {
    if (!this.startAllowed(i, len)) return i
    const end = this.findEnd(kind, i + len + 1)
    if (end < 0) return i
    const body = this.s.slice(i + len, end)
    let after = end + kind.length
    this.flushText(i)
    if (kind === '**') this.out.push({ type: 'strong', children: this.plain(i + len, end) })
    else if (kind === '*') this.out.push({ type: 'emphasis', children: this.plain(i + len, end) })
    else if (kind === '``') this.out.push({ type: 'literal', value: body })
    else {
      // |name|, |name|_ and |name|__: the substitution; a trailing _ would make it a link,
      // which we do not resolve (the KB never uses it).
      while (this.s[after] === '_' && after < end + 3) after++
      this.out.push({ type: 'substitution', name: normalizeRefName(this.unescape(i + 1, end)) })
    }
    this.textStart = after
    return after
  }

  private findEnd(kind: EndKind, from: number): number {
    const hit = this.cache.get(kind)
    if (hit && from >= hit.from && (hit.at < 0 || hit.at >= from)) return hit.at
    const at = this.scanEnd(kind, from)
    this.cache.set(kind, { from, at })
    return at
  }

  private scanEnd(kind: EndKind, from: number): number {
    const s = this.s
    const ch = kind[0]
    for (let p = s.indexOf(ch, from); p >= 0; p = s.indexOf(ch, p + 1)) {
      if (kind.length === 2 && s[p + 1] !== ch) continue
      if (this.escaped(p)) continue
      if (/\s/.test(s[p - 1])) continue
      if (kind === '`') {
        if (this.endNextOk(p + 1 + this.backtickSuffix(p + 1).length)) return p
        continue
      }
      if (kind === '|') {
        let q = p + 1
        while (s[q] === '_' && q < p + 3) q++
        if (this.endNextOk(q)) return p
        continue
      }
      if (this.endNextOk(p + kind.length)) return p
    }
    return -1
  }

  /** What follows a closing backtick: "__", "_", ":role:" or nothing. */
  private backtickSuffix(p: number): string {
    const s = this.s
    if (s[p] === '_') return s[p + 1] === '_' ? '__' : '_'
    if (s[p] === ':') {
      ROLE_AT.lastIndex = p
      const m = ROLE_AT.exec(s)
      if (m) return m[0]
    }
    return ''
  }

  /** `text`, `text`_, `text <url>`__, :role:`text`, `text`:role:. */
  private interpreted(tick: number, start: number, role: string | null): number {
    if (!this.startAllowed(tick, 1)) return start
    const end = this.findEnd('`', tick + 2)
    if (end < 0) return start
    const suffix = this.backtickSuffix(end + 1)
    const after = end + 1 + suffix.length
    if (role === null && suffix.startsWith(':')) role = suffix.slice(1, -1)
    const isRef = role === null && suffix.startsWith('_')
    this.flushText(start)
    const body = this.unescape(tick + 1, end)
    if (isRef) this.out.push(hyperlinkReference(body, suffix === '__', this.resolver))
    else this.out.push(roleNode(role ?? 'title-reference', body))
    this.textStart = after
    return after
  }

  private footnoteRef(i: number): number {
    FOOTNOTE_AT.lastIndex = i
    const m = FOOTNOTE_AT.exec(this.s)
    if (!m || this.escaped(i)) return i
    const after = i + m[0].length
    if (!this.endNextOk(after)) return i
    // docutils wants whitespace before a footnote reference; we accept any non-escaped start.
    this.flushText(i)
    this.out.push({ type: 'footnote_ref', label: m[1] })
    this.textStart = after
    return after
  }

  /** `name_` / `name__`: only when the name is a known target (else plain text). */
  private simpleReference(i: number): number {
    const s = this.s
    let after = i + 1
    if (s[after] === '_') after++
    if (!this.endNextOk(after) || this.escaped(i)) return i
    let b = i
    while (b > this.textStart && i - b < MAX_SIMPLE_NAME) {
      const c = s[b - 1]
      if (SIMPLE_NAME_CHARS.test(c)) b--
      else if ('-.+:'.includes(c) && b - 2 >= this.textStart && SIMPLE_NAME_CHARS.test(s[b - 2]))
        b--
      else break
    }
    if (b === i || !SIMPLE_NAME_CHARS.test(s[b])) return i
    if (b > 0 && !START_PREV.test(s[b - 1])) return i
    const name = s.slice(b, i)
    const found = this.resolver.named(normalizeRefName(name))
    if (found === null) return i
    this.flushText(b)
    this.out.push(resolvedReference(found, [{ type: 'text', value: name }]))
    this.textStart = after
    return after
  }

  private plain(a: number, b: number): Inline[] {
    return splitTextRuns(this.unescape(a, b))
  }

  private flushText(upTo: number): void {
    if (upTo > this.textStart) this.out.push(...this.plain(this.textStart, upTo))
    this.textStart = upTo
  }

  /** Text between a and b with escaping backslashes (and escaped whitespace) removed. */
  private unescape(a: number, b: number): string {
    return unescapeRange(this.s, this.esc, a, b)
  }
}

function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) {
    const last = out[out.length - 1]
    if (node.type === 'text') {
      if (node.value === '') continue
      if (last && last.type === 'text') {
        out[out.length - 1] = { type: 'text', value: last.value + node.value }
        continue
      }
    }
    out.push(node)
  }
  return out
}
