import type { ApiHandle } from './handle'
import { createElectronHandle, type RoteiroBridge } from './transport-electron'
import { createHttpHandle, takeToken } from './transport-http'

/**
 * Picks the transport at start-up: window.roteiro → Electron; else HTTP with the page's token.
 * `?api=fake` loads the in-memory fake (UI development, demos). Null: browser mode without a
 * token — the page was not opened from the URL the server printed.
 */
export async function pickTransport(win: Window): Promise<ApiHandle | null> {
  const bridge = (win as unknown as { roteiro?: RoteiroBridge }).roteiro
  if (bridge && bridge.host === 'electron') return createElectronHandle(bridge)
  const wantsFake = new URL(win.location.href).searchParams.get('api') === 'fake'
  const page = {
    location: win.location,
    history: win.history,
    sessionStorage: win.sessionStorage,
    fetch: win.fetch.bind(win),
    EventSource: (win as unknown as { EventSource?: typeof EventSource }).EventSource,
  }
  const token = wantsFake ? null : takeToken(page)
  if (token) return createHttpHandle(page, token)
  if (!wantsFake) return null
  const { createFakeHandle } = await import('./fake-client')
  return createFakeHandle()
}
