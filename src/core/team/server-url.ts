/** The team server's address: a CouchDB database URL, HTTPS unless the host is this machine. */
import type { TeamErrorInfo } from './types'

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

export type ServerUrlCheck =
  { ok: true; url: string; host: string } | { ok: false; error: TeamErrorInfo }

/**
 * Checks a team database URL. Plain HTTP is refused for any host other than loopback unless
 * `allowInsecure` (the password would cross the network in the clear); credentials inside the
 * URL are refused (they would end up in logs and settings).
 */
export function checkServerUrl(input: string, allowInsecure = false): ServerUrlCheck {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return { ok: false, error: { code: 'bad-url', params: { url: input } } }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, error: { code: 'bad-url', params: { url: input } } }
  if (url.username || url.password)
    return {
      ok: false,
      error: { code: 'bad-url', params: { url: `${url.protocol}//${url.host}` } },
    }
  if (url.pathname.replace(/\/+$/, '') === '')
    return { ok: false, error: { code: 'bad-url', params: { url: url.href } } }
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname) && !allowInsecure)
    return { ok: false, error: { code: 'insecure-url', params: { host: url.host } } }
  url.hash = ''
  url.search = ''
  return { ok: true, url: url.href.replace(/\/+$/, ''), host: url.host }
}

/** The document id of a ticket on the team server. */
export function ticketDocId(number: string): string {
  return `ticket:${number}`
}

/** The ticket number of a document id, or null for other documents. */
export function ticketNumberOfDocId(id: string): string | null {
  return id.startsWith('ticket:') ? id.slice('ticket:'.length) : null
}
