/** Longest label a step shows; longer steps get a shorter label and keep their full text. */
export const LABEL_CHARS = 200

/**
 * A short label for a step's text: the text itself when it fits, else its opening cut at the
 * last clause boundary (or word boundary) that fits, with an ellipsis. Never cuts a word or a URL.
 */
export function shortLabel(text: string, max = LABEL_CHARS): string {
  if (text.length <= max) return text
  const head = text.slice(0, max)
  const clause = Math.max(
    head.lastIndexOf(', '),
    head.lastIndexOf('; '),
    head.lastIndexOf(': '),
    head.lastIndexOf(' – '),
  )
  let cut = clause >= max * 0.85 ? clause : head.lastIndexOf(' ')
  if (cut <= 0) cut = text.search(/\s/u) > 0 ? text.search(/\s/u) : text.length
  // Never end inside a URL: go back to the space before it.
  const url = text.lastIndexOf('http', cut)
  if (url >= 0 && !/\s/u.test(text.slice(url, cut)))
    cut = Math.max(text.lastIndexOf(' ', url - 1), 0) || cut
  const label = text.slice(0, cut).replace(/[\s,;:–-]+$/u, '')
  return label.length < text.length ? `${label}…` : label
}
