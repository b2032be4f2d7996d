/**
 * The app:// scheme: app://ui/<file> serves the built UI, app://knowledge/<rootIndex>/<path>
 * serves images of the knowledge roots. Anything outside them (../, %2e%2e, absolute paths,
 * symlinks leading out) answers 404. Registered as a privileged, standard, secure scheme.
 */
import { readFile } from 'node:fs/promises'
import { contentTypeOf, isImageFile } from '../node/service/content-types'
import { contentSecurityPolicy } from '../node/service/csp'
import { resolveConfinedFile } from '../node/service/confined-file'
import { APP_SCHEME } from './policy'

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false },
}

/** The desktop CSP: only the app's own scheme; images also from app://knowledge. */
export const DESKTOP_CSP = contentSecurityPolicy(['app:'])

/** Maps an app:// URL to a file, or null (→ 404). */
export async function resolveAppUrl(
  raw: string,
  places: { uiDir: string; roots: () => string[] },
): Promise<string | null> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:`) return null
  // Keep the raw (still encoded) path: URL() already folded plain ../ but not %2e%2e.
  const path = url.pathname.replace(/^\/+/, '')
  if (url.host === 'ui') return resolveConfinedFile(places.uiDir, path || 'index.html')
  if (url.host === 'knowledge') {
    const slash = path.indexOf('/')
    const index = slash > 0 ? Number(path.slice(0, slash)) : NaN
    const root = Number.isInteger(index) ? places.roots()[index] : undefined
    if (!root) return null
    const file = await resolveConfinedFile(root, path.slice(slash + 1))
    return file && isImageFile(file) ? file : null
  }
  return null
}

/** The protocol handler: a Request in, a Response out (Electron's protocol.handle shape). */
export function createAppProtocolHandler(places: { uiDir: string; roots: () => string[] }) {
  return async (request: { url: string; method?: string }): Promise<Response> => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': DESKTOP_CSP }
    if (request.method && request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405, headers })
    const file = await resolveAppUrl(request.url, places)
    if (!file) return new Response('Not found', { status: 404, headers })
    const body = await readFile(file)
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        ...headers,
        'Content-Type': contentTypeOf(file),
      },
    })
  }
}
