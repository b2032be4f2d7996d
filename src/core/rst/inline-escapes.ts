/** Backslash escapes inside inline markup: which characters are escaped, and the text without them. */

/** Marks of one text: 1 = escaped character, 2 = the backslash that escapes it. */
export type EscapeMarks = Uint8Array

/** Marks every escaping backslash and the character it escapes. */
export function markEscapes(s: string): EscapeMarks {
  const esc = new Uint8Array(s.length + 1)
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 92 && esc[i] !== 1) {
      esc[i] = 2
      if (i + 1 < s.length) esc[i + 1] = 1
    }
  }
  return esc
}

/** Text between a and b with escaping backslashes (and escaped whitespace) removed. */
export function unescapeRange(s: string, esc: EscapeMarks | null, a: number, b: number): string {
  if (esc === null) return s.slice(a, b)
  let out = ''
  let from = a
  for (let k = a; k < b; k++) {
    if (esc[k] === 2 || (esc[k] === 1 && /\s/.test(s[k]))) {
      out += s.slice(from, k)
      from = k + 1
    }
  }
  return out + s.slice(from, b)
}
