/** Hyperlink targets: `.. _name: url`, internal labels, anonymous and indirect targets. */
import type { Block } from './types'
import type { ViewLine } from './lines'
import { content } from './lines'
import { report, type ParseContext } from './context'
import { normalizeRefName } from './inline-references'
import { safeUrl } from './safe-url'

/** `.. _name: url`, `.. _label:`, `.. __: url` (anonymous) and `.. _a: b_` (indirect). */
export function parseTarget(
  first: string,
  rest: ViewLine[],
  line: number,
  ctx: ParseContext,
): Block | null {
  let name: string
  let after: number
  if (first[1] === '`') {
    const close = first.indexOf('`', 2)
    if (close < 0 || first[close + 1] !== ':') return null
    name = first.slice(2, close)
    after = close + 2
  } else {
    let k = first.indexOf(':', 1)
    while (k >= 0 && !(k + 1 === first.length || first[k + 1] === ' '))
      k = first.indexOf(':', k + 1)
    if (k < 0) return null
    name = first.slice(1, k)
    after = k + 1
  }
  const raw = [first.slice(after), ...rest.map(content)].join('').trim()
  if (name === '_') {
    ctx.anonymous.push(raw === '' ? null : raw)
    return { type: 'target', line, name: '', url: raw === '' ? null : safeUrl(raw) }
  }
  const key = normalizeRefName(name)
  if (raw === '') {
    ctx.targets.set(key, { url: null, internal: true, line })
    return { type: 'target', line, name: key, url: null }
  }
  if (raw.endsWith('_') && !raw.endsWith('\\_')) {
    ctx.targets.set(key, {
      url: null,
      internal: false,
      alias: normalizeRefName(raw.slice(0, -1).replace(/^`|`$/g, '')),
      line,
    })
    return { type: 'target', line, name: key, url: null }
  }
  const url = safeUrl(raw)
  if (url === null)
    report(ctx, line, 'warning', 'unsafe-link', `link target refused: ${raw.slice(0, 80)}`)
  ctx.targets.set(key, { url, internal: false, line })
  return { type: 'target', line, name: key, url }
}
