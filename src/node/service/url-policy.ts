const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** True for URLs that may be handed to the operating system: well-formed http, https or mailto. */
export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 4000) return false
  // Spaces and control characters are how links get disguised; real links escape them.
  for (const char of raw) if (char.charCodeAt(0) <= 0x20 || char === '\u007f') return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return false
  if (url.protocol === 'mailto:') return url.pathname.length > 0
  // No credentials in links handed to the browser (a classic way to disguise the real host).
  return url.hostname.length > 0 && url.username === '' && url.password === ''
}
