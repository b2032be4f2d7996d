/** Link safety: only http, https and mailto URLs survive; everything else becomes null. */

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto'])
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/
// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u200b-\u200d\u2028\u2029\ufeff]/
// eslint-disable-next-line no-control-regex
const INVISIBLE_ALL = /[\u0000-\u0020\u007f-\u00a0\u200b-\u200d\u2028\u2029\ufeff]+/g

/** Returns the URL when its scheme is http, https or mailto (or it is www.…), else null. */
export function safeUrl(raw: string): string | null {
  // Strip whitespace/control chars: browsers ignore them inside schemes ("java\nscript:").
  const url = INVISIBLE.test(raw) ? raw.replace(INVISIBLE_ALL, '') : raw
  if (url.length === 0) return null
  // Only the part before the first / ? # can hold a scheme; decode just that part.
  const cut = url.search(/[/?#]/)
  const head = cut < 0 ? url : url.slice(0, cut)
  const decoded = head.includes('&') || head.includes('%') ? decodeEntities(head) : head
  const scheme = SCHEME.exec(head)
  const decodedScheme = SCHEME.exec(decoded)
  if (scheme || decodedScheme) {
    if (!scheme || !decodedScheme) return null
    const a = scheme[1].toLowerCase()
    return SAFE_SCHEMES.has(a) && a === decodedScheme[1].toLowerCase() ? url : null
  }
  // Anything with a colon before the first slash is a scheme we could not read: refuse it.
  if (decoded.includes(':')) return null
  if (/^www\./i.test(url)) return `https://${url}`
  // Scheme-less text ("Tramita_GOV_BR/index.html", "#anchor") is not an external link.
  return null
}

/** Decodes HTML character references and percent-escapes used to hide a scheme. */
function decodeEntities(s: string): string {
  let out = s.replace(
    /&#x([0-9a-f]{1,6});?|&#([0-9]{1,7});?|&(colon|tab|newline);/gi,
    (m, hex, dec, name) => {
      if (name) return name.toLowerCase() === 'colon' ? ':' : ''
      const cp = hex ? parseInt(hex, 16) : parseInt(dec, 10)
      return cp > 0x20 && cp <= 0x10ffff ? String.fromCodePoint(cp) : ''
    },
  )
  out = out.replace(/%([0-9a-f]{2})/gi, (_m, h) => {
    const c = parseInt(h, 16)
    return c > 0x20 && c < 0x7f ? String.fromCharCode(c) : ''
  })
  return out
}
