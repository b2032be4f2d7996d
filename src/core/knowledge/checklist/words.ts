import { foldText } from '../../text/fold'
import { STOP_WORDS } from '../../search/analyzer'

/** Crude stems (first five letters of folded content words): enough to see that two sentences say the same. */
export function stems(text: string): Set<string> {
  const out = new Set<string>()
  for (const w of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!w || STOP_WORDS.has(w) || w.length < 2) continue
    out.add(w.length > 5 ? w.slice(0, 5) : w)
  }
  return out
}

/** Share of `a`'s stems that are also in `b`. */
export function covered(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 1
  let n = 0
  for (const s of a) if (b.has(s)) n++
  return n / a.size
}
