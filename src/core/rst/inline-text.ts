/** Plain-text runs inside inline markup: bare URLs, e-mail addresses and superscript marks. */
import type { Inline } from './types'
import { safeUrl } from './safe-url'

// Non-overlapping, no nested quantifiers: each match costs its own length.
const URL_RE = /(?:https?:\/\/|mailto:|www\.)[^\s<>"]+/gi
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const SUPERSCRIPT_RE = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g
const WORD = /[\p{L}\p{N}_]/u
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/
const MAX_EMAIL_PART = 128

/** Converts ASCII digits back to superscript digits ("12" → "¹²"). */
export function toSuperscript(digits: string): string {
  let out = ''
  for (const ch of digits) out += ch >= '0' && ch <= '9' ? SUPERSCRIPTS[Number(ch)] : ch
  return out
}

/** Converts a run of superscript digits ("¹²") to ASCII digits ("12"). */
export function superscriptLabel(marks: string): string {
  let out = ''
  for (const ch of marks) out += String(SUPERSCRIPTS.indexOf(ch))
  return out
}

/** Splits plain text into text, link (bare URL / e-mail) and footnote_ref (¹ ²) nodes. */
export function splitTextRuns(text: string): Inline[] {
  if (text === '') return []
  const out: Inline[] = []
  let from = 0
  for (const m of findLinks(text)) {
    if (m.start > from) pushMarks(out, text.slice(from, m.start))
    out.push({ type: 'link', url: m.url, children: [{ type: 'text', value: m.text }] })
    from = m.end
  }
  if (from < text.length) pushMarks(out, text.slice(from))
  return out
}

interface Found {
  start: number
  end: number
  text: string
  url: string | null
}

function findLinks(text: string): Found[] {
  const found: Found[] = []
  if (text.includes('://') || /mailto:|www\./i.test(text)) {
    URL_RE.lastIndex = 0
    for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) {
      const start = m.index
      if (start > 0 && WORD.test(text[start - 1])) continue
      const raw = trimUrl(m[0])
      if (raw.length < 5) continue
      const url = /^www\./i.test(raw) ? safeUrl(`https://${raw}`) : safeUrl(raw)
      found.push({ start, end: start + raw.length, text: raw, url })
    }
  }
  if (!text.includes('@')) return found
  // Both lists are sorted: merge, dropping addresses that overlap a URL.
  const merged: Found[] = []
  let k = 0
  for (const e of findEmails(text)) {
    while (k < found.length && found[k].end <= e.start) merged.push(found[k++])
    if (k < found.length && found[k].start < e.end) continue
    merged.push(e)
  }
  while (k < found.length) merged.push(found[k++])
  return merged
}

/** Drops trailing punctuation a sentence puts after a URL, and unbalanced closing brackets. */
function trimUrl(raw: string): string {
  let end = raw.length
  for (;;) {
    const c = raw[end - 1]
    if (".,;:!?'’”".includes(c)) {
      end--
      continue
    }
    const pair = c === ')' ? '(' : c === ']' ? '[' : c === '}' ? '{' : null
    if (pair !== null) {
      const body = raw.slice(0, end)
      if (count(body, pair) < count(body, c)) {
        end--
        continue
      }
    }
    break
  }
  return raw.slice(0, end)
}

function count(s: string, ch: string): number {
  let n = 0
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++
  return n
}

/** Finds addresses around each "@" by bounded expansion (a regex would rescan long words). */
function findEmails(text: string): Found[] {
  const out: Found[] = []
  let lastEnd = 0
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at
    while (a > lastEnd && at - a < MAX_EMAIL_PART && EMAIL_LOCAL.test(text[a - 1])) a--
    let b = at + 1
    while (b < text.length && b - at < MAX_EMAIL_PART && EMAIL_DOMAIN.test(text[b])) b++
    while (b > at + 1 && (text[b - 1] === '.' || text[b - 1] === '-')) b--
    while (a < at && text[a] === '.') a++
    const domain = text.slice(at + 1, b)
    if (a === at || !/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(domain)) continue
    if (a > 0 && WORD.test(text[a - 1])) continue
    const addr = text.slice(a, b)
    out.push({ start: a, end: b, text: addr, url: safeUrl(`mailto:${addr}`) })
    lastEnd = b
  }
  return out
}

function pushMarks(out: Inline[], text: string): void {
  if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text)) {
    out.push({ type: 'text', value: text })
    return
  }
  let from = 0
  SUPERSCRIPT_RE.lastIndex = 0
  for (let m = SUPERSCRIPT_RE.exec(text); m !== null; m = SUPERSCRIPT_RE.exec(text)) {
    // "Ã³" is UTF-8 "ó" read as Latin-1 (mojibake the KB carries), not a footnote mark.
    const prev = text[m.index - 1]
    if (prev === 'Ã' || prev === 'Â') continue
    if (m.index > from) out.push({ type: 'text', value: text.slice(from, m.index) })
    out.push({ type: 'footnote_ref', label: superscriptLabel(m[0]), superscript: true })
    from = m.index + m[0].length
  }
  if (from < text.length) out.push({ type: 'text', value: text.slice(from) })
}
