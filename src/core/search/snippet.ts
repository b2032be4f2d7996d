/** The passage shown under a hit: ≈160 characters around the densest run of matched terms. */
import type { Article, SectionRole } from '../knowledge/types'
import type { ForwardIndex } from './forward-index'
import { passageSources, type Passage } from './passages'
import { urlRanges } from './urls'

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

/**
 * A passage a snippet is cut from: its role, section title and text as written (token offsets
 * refer to it), and its link ranges when already known.
 */
export interface SnippetSource {
  role: string
  title: string
  text: string
  urls?: readonly [number, number][]
}

/** A matched word in a snippet source: any key that tells terms apart, and its [start, end). */
export interface MatchedToken {
  term: string | number
  start: number
  end: number
}

/**
 * Cuts the snippet from one passage: the ≈160-character window with the most distinct matched
 * words, whitespace runs shown as one space, and mark ranges. `tokens` are the matched words
 * outside link addresses, ordered by start (longer first); null source: nothing matched outside
 * the title. Only the window is read, so a long section costs no more than a short one.
 */
export function snippetFrom(
  articleTitle: string,
  source: SnippetSource | null,
  tokens: readonly MatchedToken[],
): Snippet {
  if (!source) return { snippet: '', marks: [], section: 'title', sectionTitle: articleTitle }
  const { text } = source
  const first = skipSpaces(text, 0)
  const last = trimmedEnd(text)
  const [start, end] = chooseWindow(text, first, last, tokens, source.urls)
  const shown = collapseSpaces(text, start, end)
  const prefix = start > first ? ELLIPSIS : ''
  const suffix = end < last ? ELLIPSIS : ''
  const marks: [number, number][] = []
  for (const token of tokens) {
    if (token.start < start || token.end > end) continue
    const range: [number, number] = [
      shown.offsets[token.start - start] + prefix.length,
      shown.offsets[token.end - start] + prefix.length,
    ]
    const previous = marks.at(-1)
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1])
    else marks.push(range)
  }
  return {
    snippet: prefix + shown.text + suffix,
    marks,
    section: source.role,
    sectionTitle: source.title,
  }
}

/**
 * A hit's snippet read from the forward index: the passage it picks for the matched term ids,
 * cut by snippetFrom — the same snippet buildSnippet gives, without analyzing any text.
 */
export function forwardSnippet(
  forward: ForwardIndex,
  ref: number,
  article: Article,
  matched: ReadonlySet<number>,
): Snippet {
  const p = forward.snippetPassage(ref, matched, rolePriority)
  const source = p === -1 ? undefined : passageSources(article)[p]
  if (!source) return snippetFrom(article.title, null, [])
  // A span past the text would mean the article changed after indexing: leave that word unmarked.
  const spans = forward.snippetSpans(ref, p, matched).filter((t) => t.end <= source.text.length)
  return snippetFrom(article.title, { ...source, urls: forward.passageLinks(ref, p) }, spans)
}

/**
 * The snippet from fully analyzed passages: the non-title passage with the most distinct matched
 * terms (ties to the better role), cut by snippetFrom. The engine reaches the same result from
 * its forward index without analyzing text; this is the reference its tests compare against.
 */
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
  return snippetFrom(title, best?.passage ?? null, best?.tokens ?? [])
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

/**
 * The [start, end) window of text[first, last) with the most distinct matched terms, on word
 * bounds. Lengths count characters as written; whitespace runs are collapsed only for display.
 */
function chooseWindow(
  text: string,
  first: number,
  last: number,
  tokens: readonly MatchedToken[],
  knownUrls: readonly [number, number][] | undefined,
): [number, number] {
  if (last - first <= SNIPPET_LENGTH) return [first, last]
  const urls = knownUrls ?? urlRanges(text)
  let bestStart = first
  let bestCount = -1
  let bestUrl = Infinity
  // Tokens are ordered by start, so each window's tokens lie between two pointers that only move
  // forward; `seen` counts distinct terms without a set per window.
  const seen = new Map<string | number, number>()
  let low = 0
  let high = 0
  for (let anchor = 0; anchor < tokens.length; anchor++) {
    const start = Math.max(first, tokens[anchor].start - LEAD)
    const end = start + SNIPPET_LENGTH
    while (tokens[low].start < start) low++
    while (high < tokens.length && tokens[high].start < end) high++
    let count = 0
    for (let t = low; t < high; t++) {
      if (tokens[t].end <= end && seen.get(tokens[t].term) !== anchor) {
        seen.set(tokens[t].term, anchor)
        count++
      }
    }
    // Between windows showing as many terms, the one with less link address text reads better.
    const url = urlOverlap(urls, start, end)
    if (count > bestCount || (count === bestCount && url < bestUrl)) {
      bestCount = count
      bestStart = start
      bestUrl = url
    }
  }
  let start = outsideUrl(bestStart, urls)
  if (start > first) start = afterSpace(text, start, LEAD)
  let end = Math.min(last, start + SNIPPET_LENGTH)
  const cut = urls.find(([from, to]) => end > from && end < to && from > start)
  if (cut) {
    // A URL would be cut: end before it, and give the room to the prose before the window.
    end = cut[0]
    const earlier = outsideUrl(Math.max(first, end - SNIPPET_LENGTH), urls)
    if (earlier < start) {
      start = earlier > first ? afterSpace(text, earlier, Math.min(LEAD, end - earlier)) : earlier
    }
    while (end > start && (text[end - 1] === '(' || isSpace(text.charCodeAt(end - 1)))) end--
  } else if (end < last) {
    const space = spaceBefore(text, end, start + SNIPPET_LENGTH / 2)
    if (space !== -1) end = space
  }
  return [start, end]
}

/** JavaScript's \s, by character code: a regex test per character cost more than the rest. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++
  return at
}

function trimmedEnd(text: string): number {
  let end = text.length
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  return end
}

/** Just past the first whitespace within `within` characters of `at` (and its run), else `at`. */
function afterSpace(text: string, at: number, within: number): number {
  for (let i = at; i < at + within && i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) return skipSpaces(text, i)
  }
  return at
}

/** The last whitespace before `end` and after `floor` (where a window may end), or -1. */
function spaceBefore(text: string, end: number, floor: number): number {
  for (let i = end; i > floor; i--) {
    if (!isSpace(text.charCodeAt(i))) continue
    while (i - 1 > floor && isSpace(text.charCodeAt(i - 1))) i--
    return i
  }
  return -1
}

/**
 * text[start, end) with each whitespace run shown as one space, and for every offset of the
 * window (end included) its offset in the shown text, for marks.
 */
function collapseSpaces(text: string, start: number, end: number) {
  const offsets = new Array<number>(end - start + 1)
  const pieces: string[] = []
  let length = 0
  let from = start
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) {
      offsets[i - start] = length + (i - from)
      continue
    }
    // A whitespace run: the text before it is kept as is, the run becomes one space.
    pieces.push(text.slice(from, i), ' ')
    length += i - from
    offsets[i - start] = length
    let j = i + 1
    while (j < end && isSpace(text.charCodeAt(j))) offsets[j++ - start] = length + 1
    length += 1
    from = j
    i = j - 1
  }
  pieces.push(text.slice(from, end))
  length += end - from
  offsets[end - start] = length
  return { text: pieces.join(''), offsets }
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
