/**
 * Link addresses inside article text. renderText writes a link as "text (url)"; the address
 * words ("https", "pt", "br", "latest", "html") are noise for ranking and unreadable in a
 * snippet, so passages skip them and snippet windows never start inside one.
 */

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s()<>"']+/giu

/** [start, end) ranges of the URLs in a text, in order. */
export function urlRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  URL.lastIndex = 0
  for (const match of text.matchAll(URL)) ranges.push([match.index, match.index + match[0].length])
  return ranges
}
