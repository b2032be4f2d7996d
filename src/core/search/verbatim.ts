/**
 * Verbatim evidence for pasted text: the longest run of the query's words that an article has
 * word for word, in the same order (stop words aside). A sentence of the article pasted back in a
 * ticket ("O trâmite ainda não foi concluído…") is the strongest sign of which article answers
 * it, and a bag of words alone loses it among the articles that share common words.
 * Query and articles go through the same tokenizer and analyzer, so the same text gives the same
 * term stream (codes and pairs included) and runs can be matched term by term.
 */
import { TERM_MASK, type ForwardIndex } from './forward-index'

/** A run of the query's term stream found in one passage: [from, to) indexes into the stream. */
export interface VerbatimRun {
  from: number
  to: number
  /** Words in the run (codes' whole forms and pairs not counted twice). */
  words: number
  passage: number
}

/** The query's terms in order, as index term ids (-1: not indexed, breaks a run). */
export interface TermStream {
  ids: readonly number[]
  /** Per stream position: 1 for a word, 0 for the whole form of a code or pair. */
  counts: readonly number[]
  /** Term id → its positions in the stream. */
  positions: ReadonlyMap<number, readonly number[]>
}

/** Builds the stream of a query's terms. */
export function termStream(ids: readonly number[], compound: readonly boolean[]): TermStream {
  const positions = new Map<number, number[]>()
  ids.forEach((id, i) => {
    if (id === -1) return
    const list = positions.get(id)
    if (list) list.push(i)
    else positions.set(id, [i])
  })
  return { ids, counts: compound.map((c) => (c ? 0 : 1)), positions }
}

/** The longest run of the stream that a document's passage holds word for word, or null. */
export function longestRun(
  forward: ForwardIndex,
  ref: number,
  stream: TermStream,
): VerbatimRun | null {
  let best: VerbatimRun | null = null
  // Run lengths (in stream terms and in words) ending at each stream position, for the previous
  // and the current passage token: sparse, since few positions match any one token.
  let previous = new Map<number, [number, number]>()
  let current = new Map<number, [number, number]>()
  forward.forEachPassage(ref, (terms, _gaps, p) => {
    previous.clear()
    for (let t = 0; t < terms.length; t++) {
      current.clear()
      const at = stream.positions.get(terms[t] & TERM_MASK)
      if (at) {
        for (const j of at) {
          const before = previous.get(j - 1)
          const run: [number, number] = before
            ? [before[0] + 1, before[1] + stream.counts[j]]
            : [1, stream.counts[j]]
          current.set(j, run)
          if (!best || run[1] > best.words) {
            best = { from: j - run[0] + 1, to: j + 1, words: run[1], passage: p }
          }
        }
      }
      ;[previous, current] = [current, previous]
    }
  })
  return best
}
