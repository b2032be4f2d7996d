/** Interpreted text (:role:`text`, `text`:role:): the node each role stands for. */
import type { Inline } from './types'
import { splitEmbedded } from './inline-references'

/** The node for interpreted text with this role (title-reference when none is written). */
export function roleNode(role: string, body: string): Inline {
  const { text, target } = splitEmbedded(body)
  const r = role.toLowerCase()
  if (r === 'ref' || r === 'doc') {
    const t = target ?? text
    return {
      type: 'reference',
      refType: r,
      target: r === 'ref' ? t.trim().toLowerCase() : t.trim(),
      children: [{ type: 'text', value: target === null ? text.trim() : text || t }],
    }
  }
  if (r === 'literal' || r === 'code') return { type: 'literal', value: body }
  if (r === 'strong') return { type: 'strong', children: [{ type: 'text', value: body }] }
  if (r === 'emphasis') return { type: 'emphasis', children: [{ type: 'text', value: body }] }
  return { type: 'role', role: r, value: target === null ? body : text || target }
}
