import { timingSafeEqual } from 'node:crypto'
import { contentSecurityPolicy } from '../node/service/csp'

/** The Host values a loopback server answers to: anything else is DNS rebinding or a mistake. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** No Origin (same-origin GET, curl) or the server's own origin; other pages are refused. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

/** Constant-time comparison of the presented token with the server's. */
export function tokenMatches(presented: string | null | undefined, token: string): boolean {
  if (!presented) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The token from `X-Roteiro-Token`, `Authorization: Bearer`, or (for EventSource and img) ?token=. */
export function presentedToken(
  headers: Record<string, string | string[] | undefined>,
  query: URLSearchParams | null,
): string | null {
  const header = headers['x-roteiro-token']
  if (typeof header === 'string') return header
  const auth = headers.authorization
  if (typeof auth === 'string' && /^Bearer /i.test(auth)) return auth.slice(7).trim()
  return query?.get('token') ?? null
}

export const BROWSER_CSP = contentSecurityPolicy()

/** Headers sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': BROWSER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}
