/** Section anchors the way docutils' make_id builds them, so wiki links (#anchor) match. */

// Characters NFKD does not decompose to ASCII, as docutils' _non_id_translate maps them.
const TRANSLATE: Record<string, string> = {
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ŧ: 't',
  ƀ: 'b',
  ƈ: 'c',
  ɗ: 'd',
  ƒ: 'f',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
}

/** docutils make_id: lowercase, accents dropped, non-alphanumerics → '-', no leading digits. */
export function makeAnchor(title: string): string {
  let s = title.toLowerCase()
  let translated = ''
  for (const ch of s) translated += TRANSLATE[ch] ?? ch
  s = translated.normalize('NFKD')
  let out = ''
  let pendingDash = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
    if (alnum) {
      // Leading digits and hyphens are dropped: ids must start with a letter.
      if (out.length === 0 && c <= 57) continue
      if (pendingDash && out.length > 0) out += '-'
      pendingDash = false
      out += s[i]
    } else if (c >= 0x300 && c <= 0x36f) {
      // combining accent left by NFKD: dropped without a separator
    } else {
      pendingDash = true
    }
  }
  return out
}

/** Hands out unique anchors within one document: repeats get -1, -2, … appended. */
export class AnchorRegistry {
  private readonly seen = new Map<string, number>()

  /** Unique anchor for a title (falls back to "section" when the title has no letters). */
  take(title: string): string {
    const base = makeAnchor(title) || 'section'
    const n = this.seen.get(base)
    if (n === undefined) {
      this.seen.set(base, 0)
      return base
    }
    let k = n + 1
    while (this.seen.has(`${base}-${k}`)) k++
    this.seen.set(base, k)
    this.seen.set(`${base}-${k}`, 0)
    return `${base}-${k}`
  }
}
