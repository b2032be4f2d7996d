import { ApiError, apiErrorFrom, parseErrorBody, type ApiEvent } from '../../../core/api/contract'
import { createApiClient, type ApiEventSource, type ApiTransport } from '../../../core/api/client'
import type { ApiHandle } from './handle'

const TOKEN_KEY = 'roteiro.token'
const TOKEN_HEADER = 'X-Roteiro-Token'

/** The pieces of the page the browser transport reads; passed in so tests can fake them. */
export interface BrowserPage {
  location: Location
  history: History
  sessionStorage: Storage
  fetch: typeof fetch
  EventSource?: typeof EventSource
}

/** Takes the token from ?token=…, keeps it for reloads, and removes it from the visible URL. */
export function takeToken(page: BrowserPage): string | null {
  const url = new URL(page.location.href)
  const fromQuery = url.searchParams.get('token')
  if (fromQuery) {
    page.sessionStorage.setItem(TOKEN_KEY, fromQuery)
    url.searchParams.delete('token')
    page.history.replaceState(page.history.state, '', url.pathname + url.search + url.hash)
    return fromQuery
  }
  return page.sessionStorage.getItem(TOKEN_KEY)
}

/** Browser mode: POST /api/<method> with the token header; events over server-sent events. */
export function createHttpHandle(page: BrowserPage, token: string): ApiHandle {
  const transport: ApiTransport = async (method, args) => {
    const response = await page.fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(args ?? {}),
    })
    let body: unknown = null
    try {
      body = await response.json()
    } catch {
      body = null
    }
    if (!response.ok) {
      const error = parseErrorBody(body)
      throw error
        ? apiErrorFrom(error)
        : new ApiError('internal', `HTTP ${response.status}`, { status: String(response.status) })
    }
    return (body as { result: unknown }).result
  }
  const onEvent: ApiEventSource = (listener) => {
    if (!page.EventSource) return () => {}
    const source = new page.EventSource(`/api/events?token=${encodeURIComponent(token)}`)
    source.onmessage = (message) => {
      try {
        listener(JSON.parse(message.data) as ApiEvent)
      } catch {
        // a malformed event is dropped: the UI re-reads state on the next one
      }
    }
    return () => source.close()
  }
  const query = `?token=${encodeURIComponent(token)}`
  return {
    kind: 'browser',
    api: createApiClient(transport),
    onEvent,
    imageUrl: (root, path) =>
      `/knowledge-image/${root}/${path.split('/').map(encodeURIComponent).join('/')}${query}`,
  }
}
