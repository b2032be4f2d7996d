import { ApiError, apiErrorFrom, parseErrorBody, type ApiEvent } from '../../../core/api/contract'
import { createApiClient, type ApiTransport } from '../../../core/api/client'
import type { ApiHandle } from './handle'

/** What the preload exposes as window.roteiro. */
export interface RoteiroBridge {
  host: 'electron'
  api: Record<string, (args: unknown) => Promise<unknown>>
  onEvent: (listener: (event: ApiEvent) => void) => () => void
}

/** Electron: calls go through the preload bridge, which resolves with the host's reply. */
export function createElectronHandle(bridge: RoteiroBridge): ApiHandle {
  const transport: ApiTransport = async (method, args) => {
    const call = bridge.api[method]
    if (!call) throw new ApiError('unsupported', method, { method })
    const reply = (await call(args)) as { ok?: boolean; result?: unknown } | null
    if (reply?.ok === true) return reply.result
    const body = parseErrorBody(reply)
    throw body ? apiErrorFrom(body) : new ApiError('internal', 'Resposta inválida do aplicativo.')
  }
  return {
    kind: 'electron',
    api: createApiClient(transport),
    onEvent: (listener) => bridge.onEvent(listener),
    imageUrl: (root, path) =>
      `app://knowledge/${root}/${path.split('/').map(encodeURIComponent).join('/')}`,
  }
}
