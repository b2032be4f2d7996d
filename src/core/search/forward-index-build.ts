/**
 * Building the forward index (forward-index.ts): every article's passages analyzed once, at
 * index time, and packed into the flat arrays queries read.
 */
import type { Article } from '../knowledge/types'
import type { CompactIndex } from './compact-index'
import { ForwardIndex, URL_BIT } from './forward-index'
import { articlePassages } from './passages'
import { writeVarint, zigzag } from './varint'

/** Gaps beyond this are far outside any phrase or proximity window; capping keeps one byte. */
const MAX_GAP = 255

/** Analyzes every article's passages once, mapping words to the index's term ids. */
export function buildForwardIndex(articles: Article[], index: CompactIndex): ForwardIndex {
  const roles: string[] = []
  const roleIds = new Map<string, number>()
  const documents = new Uint32Array(articles.length + 1)
  const passageRoles: number[] = []
  const passageStarts: number[] = []
  const terms: number[] = []
  const gaps: number[] = []
  const spanStarts: number[] = []
  const spans: number[] = []
  const linkStarts: number[] = []
  const links: number[] = []
  articles.forEach((article, ref) => {
    documents[ref] = passageRoles.length
    for (const passage of articlePassages(article)) {
      let role = roleIds.get(passage.role)
      if (role === undefined) {
        role = roles.push(passage.role) - 1
        roleIds.set(passage.role, role)
      }
      passageRoles.push(role)
      passageStarts.push(terms.length)
      spanStarts.push(spans.length)
      linkStarts.push(links.length)
      let linkEnd = 0
      for (const [from, to] of passage.urls) {
        writeVarint(links, from - linkEnd)
        writeVarint(links, to - from)
        linkEnd = to
      }
      let previous = 0
      let previousStart = 0
      passage.terms.forEach((term, slot) => {
        const id = index.termId(term)
        // Passages and index share one analyzer, so this is rare (a term cut by the pipeline).
        if (id === -1) return
        terms.push(passage.inUrl[slot] ? (id | URL_BIT) >>> 0 : id)
        gaps.push(Math.min(MAX_GAP, passage.ordinals[slot] - previous))
        previous = passage.ordinals[slot]
        writeVarint(spans, zigzag(passage.starts[slot] - previousStart))
        writeVarint(spans, passage.ends[slot] - passage.starts[slot])
        previousStart = passage.starts[slot]
      })
    }
  })
  documents[articles.length] = passageRoles.length
  passageStarts.push(terms.length)
  spanStarts.push(spans.length)
  linkStarts.push(links.length)
  return new ForwardIndex(
    roles,
    documents,
    Uint8Array.from(passageRoles),
    Uint32Array.from(passageStarts),
    Uint32Array.from(terms),
    Uint8Array.from(gaps),
    Uint32Array.from(spanStarts),
    Uint8Array.from(spans),
    Uint32Array.from(linkStarts),
    Uint8Array.from(links),
  )
}
