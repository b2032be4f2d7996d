/**
 * The renderer's tests talk to the real service (core + node adapters) over in-memory knowledge,
 * through the same dispatch every host uses: arguments are validated by the contract, errors
 * cross as ApiError with a code. Only the transport is thin.
 */
import { ApiError, type ApiEvent } from '../../../core/api/contract'
import { createApiClient } from '../../../core/api/client'
import type { HostInfo, Settings } from '../../../core/api/types'
import { dispatch } from '../../../node/service/dispatch'
import type { HostHooks } from '../../../node/service/hooks'
import { createMemoryService } from '../../../node/service/testing/memory-service'
import type { ApiHandle } from '../api/handle'
import { TEST_FILES } from './knowledge'

export interface MemoryApiOptions {
  files?: Record<string, string>
  now?: () => Date
  settings?: Partial<Settings>
  host?: Partial<HostInfo>
  hooks?: HostHooks
  /** Holds a call back this many milliseconds (to test responses arriving out of order). */
  delayMs?: (method: string, args: unknown) => number
}

export interface MemoryApi extends ApiHandle {
  /** Every call the UI made, in order. */
  calls: { method: string; args: unknown }[]
  emit: (event: ApiEvent) => void
  close: () => Promise<void>
}

const open: MemoryApi[] = []

/** Starts the real service over the test knowledge and returns a handle for installApi. */
export async function createMemoryApi(options: MemoryApiOptions = {}): Promise<MemoryApi> {
  const service = await createMemoryService({
    files: options.files ?? TEST_FILES,
    now: options.now,
    settings: { agentName: 'Ana Atendente', ...options.settings },
    host: options.host,
    hooks: options.hooks,
  })
  const calls: MemoryApi['calls'] = []
  const api = createApiClient(async (method, args) => {
    calls.push({ method, args })
    const delay = options.delayMs?.(method, args) ?? 0
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
    // A round trip through JSON, as every transport does: no shared objects with the service.
    const result = await dispatch(service.api, method, JSON.parse(JSON.stringify(args ?? {})))
    if (!result.ok) {
      const { code, message, params } = result.error
      throw new ApiError(code, message, params)
    }
    return result.result === undefined ? undefined : JSON.parse(JSON.stringify(result.result))
  })
  const handle: MemoryApi = {
    kind: 'browser',
    api,
    onEvent: (listener) => service.events(listener),
    imageUrl: (root, path) => `/kb/${root}/${path}`,
    calls,
    emit: service.emit,
    close: () => service.close(),
  }
  open.push(handle)
  return handle
}

/** Closes every service the tests started. */
export async function closeMemoryApis(): Promise<void> {
  for (const handle of open.splice(0)) await handle.close()
}
