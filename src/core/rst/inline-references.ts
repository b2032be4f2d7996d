/** Hyperlink references inside inline markup, resolved against the document's targets. */
import type { Inline } from './types'
import { safeUrl } from './safe-url'

/** A named target as the document defines it: an external URL, or an anchor/label inside it. */
export type ResolvedTarget =
  { kind: 'url'; url: string | null } | { kind: 'internal'; target: string }

/** What inline references can resolve against: the document's targets. */
export interface InlineResolver {
  /** A named target (`name`_): an external URL, or an anchor/label inside this document. */
  named(name: string): ResolvedTarget | null
  /** The next anonymous target (`text`__ without an embedded URL), if any is left. */
  anonymous(): string | null | undefined
  /** Reports a problem found in this text. */
  problem(code: string, message: string): void
}

/** Resolves nothing: for text parsed outside a document. */
export const NO_RESOLVER: InlineResolver = {
  named: () => null,
  anonymous: () => undefined,
  problem: () => undefined,
}

/** Normalizes a reference name the way docutils does: whitespace collapsed, lowercase. */
export function normalizeRefName(name: string): string {
  return name.trim().split(/\s+/).join(' ').toLowerCase()
}

/** Splits "text <target>" into its parts (target null when there is no embedded URI). */
export function splitEmbedded(body: string): { text: string; target: string | null } {
  const trimmed = body.trimEnd()
  if (!trimmed.endsWith('>')) return { text: body, target: null }
  const lt = trimmed.lastIndexOf('<')
  if (lt < 0) return { text: body, target: null }
  if (lt > 0 && !/\s/.test(trimmed[lt - 1])) return { text: body, target: null }
  return { text: trimmed.slice(0, lt).trim(), target: trimmed.slice(lt + 1, -1).trim() }
}

/** The node for a reference whose name the document defines. */
export function resolvedReference(found: ResolvedTarget, children: Inline[]): Inline {
  if (found.kind === 'url') return { type: 'link', url: found.url, children }
  return { type: 'reference', refType: 'named', target: found.target, children }
}

/** `text`_ / `text`__ / `text <url>`_: the body of a backquoted hyperlink reference. */
export function hyperlinkReference(
  body: string,
  anonymous: boolean,
  resolver: InlineResolver,
): Inline {
  const { text, target } = splitEmbedded(body)
  if (target !== null) {
    if (target.endsWith('_') && !/\s/.test(target)) {
      const name = target.slice(0, -1)
      return namedReference(text || name, name, resolver)
    }
    const raw = target.replace(/\s+/g, '')
    const url = safeUrl(raw)
    if (url === null) resolver.problem('unsafe-link', `link target refused: ${raw.slice(0, 80)}`)
    return { type: 'link', url, children: [{ type: 'text', value: text || raw }] }
  }
  if (anonymous) {
    const t = resolver.anonymous()
    if (t === undefined) {
      resolver.problem('unknown-target', 'anonymous reference without an anonymous target')
      return { type: 'link', url: null, children: [{ type: 'text', value: body }] }
    }
    return {
      type: 'link',
      url: t === null ? null : safeUrl(t),
      children: [{ type: 'text', value: body }],
    }
  }
  return namedReference(body, body, resolver)
}

function namedReference(text: string, name: string, resolver: InlineResolver): Inline {
  const children: Inline[] = [{ type: 'text', value: text }]
  const found = resolver.named(normalizeRefName(name))
  if (found === null) {
    resolver.problem('unknown-target', `unknown target name: "${name.slice(0, 80)}"`)
    return { type: 'reference', refType: 'named', target: normalizeRefName(name), children }
  }
  return resolvedReference(found, children)
}
