import type { ApiEvent } from '../../../core/api/contract'
import { createApiClient, type ApiTransport } from '../../../core/api/client'
import type { ApiHandle } from './handle'

/** What the preload exposes as window.roteiro. */
export interface RoteiroBridge {
  host: 'electron'
  api: Record<string, (args: unknown) => Promise<unknown>>
  onEvent: (listener: (event: ApiEvent) => void) => () => void
}

/** Electron: calls go through the preload bridge; rejections carry JSON of ApiErrorBody. */
export function createElectronHandle(bridge: RoteiroBridge): ApiHandle {
  const transport: ApiTransport = (method, args) => {
    const call = bridge.api[method]
    if (!call)
      return Promise.reject(new Error(JSON.stringify({ code: 'unsupported', message: method })))
    return call(args)
  }
  return {
    kind: 'electron',
    api: createApiClient(transport),
    onEvent: (listener) => bridge.onEvent(listener),
    imageUrl: (root, path) =>
      `app://knowledge/${root}/${path.split('/').map(encodeURIComponent).join('/')}`,
  }
}
