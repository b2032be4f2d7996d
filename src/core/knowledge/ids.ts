import { foldText } from '../text/fold'

// FNV-1a is tiny, fast and stable across platforms; keys only need to be short and
// collision-resistant within one article, so a cryptographic hash would be overkill.
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a 32-bit hash of a string's UTF-16 code units, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return hash >>> 0
}

/** Short stable key of a text: FNV-1a of its folded form, base 36. */
export function textKey(text: string): string {
  return fnv1a32(foldText(text)).toString(36)
}

/** Article id: `${rootName}/${path}`, plus `#anchor` for articles that share a file. */
export function articleId(rootName: string, path: string, anchor?: string | null): string {
  return anchor ? `${rootName}/${path}#${anchor}` : `${rootName}/${path}`
}
