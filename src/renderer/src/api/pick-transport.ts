import type { ApiHandle } from './handle'
import { createElectronHandle, type RoteiroBridge } from './transport-electron'
import { createHttpHandle, takeToken } from './transport-http'

/**
 * Picks the transport at start-up: window.roteiro → Electron; else HTTP with the page's token.
 * Null: browser mode without a token — the page was not opened from the URL the server printed.
 */
export async function pickTransport(win: Window): Promise<ApiHandle | null> {
  const bridge = (win as unknown as { roteiro?: RoteiroBridge }).roteiro
  if (bridge && bridge.host === 'electron') return createElectronHandle(bridge)
  const page = {
    location: win.location,
    history: win.history,
    sessionStorage: win.sessionStorage,
    fetch: win.fetch.bind(win),
    EventSource: (win as unknown as { EventSource?: typeof EventSource }).EventSource,
  }
  const token = takeToken(page)
  return token ? createHttpHandle(page, token) : null
}
