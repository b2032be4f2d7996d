/** The passage shown under a hit: ≈160 characters around the densest run of matched terms. */
import type { SectionRole } from '../knowledge/types'
import type { Passage } from './passages'

export const SNIPPET_LENGTH = 160
const LEAD = 24
const ELLIPSIS = '…'

export interface Snippet {
  snippet: string
  marks: [number, number][]
  section: string
  sectionTitle: string
}

/** Sections whose text explains the problem come first when matches tie. */
const ROLE_ORDER: (SectionRole | 'keywords')[] = [
  'situation',
  'when',
  'solution',
  'keywords',
  'reply',
  'caution',
  'other',
  'profile',
  'responsibility',
  'references',
]

/** Picks the section and window that best show the matched terms, with mark ranges. */
export function buildSnippet(
  title: string,
  list: Passage[],
  matched: ReadonlySet<string>,
): Snippet {
  let best: { passage: Passage; tokens: MatchedToken[]; distinct: number; rank: number } | null =
    null
  for (const passage of list) {
    if (passage.role === 'title') continue
    const tokens = matchTokens(passage, matched)
    const distinct = new Set(tokens.map((t) => t.term)).size
    const rank = rolePriority(passage.role)
    if (!best || distinct > best.distinct || (distinct === best.distinct && rank < best.rank)) {
      best = { passage, tokens, distinct, rank }
    }
  }
  if (!best) return { snippet: '', marks: [], section: 'title', sectionTitle: title }
  const { passage, tokens } = best
  const [start, end] = chooseWindow(passage.text, tokens, passage.urls)
  const prefix = start > 0 ? ELLIPSIS : ''
  const suffix = end < passage.text.length ? ELLIPSIS : ''
  const marks: [number, number][] = []
  for (const token of tokens) {
    if (token.start < start || token.end > end) continue
    const range: [number, number] = [
      token.start - start + prefix.length,
      token.end - start + prefix.length,
    ]
    const previous = marks.at(-1)
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1])
    else marks.push(range)
  }
  return {
    snippet: prefix + passage.text.slice(start, end) + suffix,
    marks,
    section: passage.role,
    sectionTitle: passage.title,
  }
}

interface MatchedToken {
  term: string
  start: number
  end: number
}

function matchTokens(passage: Passage, matched: ReadonlySet<string>): MatchedToken[] {
  const found: MatchedToken[] = []
  for (const term of matched) {
    for (const slot of passage.slots.get(term) ?? []) {
      if (passage.inUrl[slot]) continue
      found.push({ term, start: passage.starts[slot], end: passage.ends[slot] })
    }
  }
  // Compounds come before their parts: keep ranges ordered by start for merging.
  return found.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** Order of a section role when snippet matches tie (lower first). */
export function rolePriority(role: string): number {
  const index = ROLE_ORDER.indexOf(role as SectionRole)
  return index === -1 ? ROLE_ORDER.length : index
}

/** The [start, end) window of the text with the most distinct matched terms, on word bounds. */
function chooseWindow(
  text: string,
  tokens: MatchedToken[],
  urls: readonly [number, number][],
): [number, number] {
  if (text.length <= SNIPPET_LENGTH) return [0, text.length]
  let bestStart = 0
  let bestCount = -1
  let bestUrl = Infinity
  for (const anchor of tokens) {
    const start = Math.max(0, anchor.start - LEAD)
    const end = start + SNIPPET_LENGTH
    const terms = new Set<string>()
    for (const token of tokens) {
      if (token.start >= start && token.end <= end) terms.add(token.term)
    }
    // Between windows showing as many terms, the one with less link address text reads better.
    const url = urlOverlap(urls, start, end)
    if (terms.size > bestCount || (terms.size === bestCount && url < bestUrl)) {
      bestCount = terms.size
      bestStart = start
      bestUrl = url
    }
  }
  let start = bestStart
  start = outsideUrl(start, urls)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space - start < LEAD) start = space + 1
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  const cut = urls.find(([from, to]) => end > from && end < to && from > start)
  if (cut) {
    // A URL would be cut: end before it, and give the room to the prose before the window.
    end = cut[0]
    const earlier = outsideUrl(Math.max(0, end - SNIPPET_LENGTH), urls)
    if (earlier < start) {
      start = earlier
      const space = start > 0 ? text.indexOf(' ', start) : -1
      if (space !== -1 && space - start < LEAD && space < end) start = space + 1
    }
    while (end > start && /[\s(]/.test(text[end - 1])) end--
  } else if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + SNIPPET_LENGTH / 2) end = space
  }
  return [start, end]
}

/** Never open on the tail of a link address: a start inside one moves past it. */
function outsideUrl(start: number, urls: readonly [number, number][]): number {
  for (const [from, to] of urls) if (start > from && start < to) return to
  return start
}

function urlOverlap(urls: readonly [number, number][], start: number, end: number): number {
  let sum = 0
  for (const [from, to] of urls) sum += Math.max(0, Math.min(to, end) - Math.max(from, start))
  return sum
}
