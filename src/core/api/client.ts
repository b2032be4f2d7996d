import { API_METHODS, type ApiEvent, type RoteiroApi } from './contract'

/** Transport used by a client: sends one call, resolves with the result or rejects with an ApiError-like error. */
export type ApiTransport = (method: string, args: unknown) => Promise<unknown>

/** Builds the typed client from a transport: one function per contract method, nothing else. */
export function createApiClient(transport: ApiTransport): RoteiroApi {
  const client: Record<string, (args: unknown) => Promise<unknown>> = {}
  for (const method of API_METHODS)
    client[method] = (args: unknown) => transport(method, args ?? {})
  return client as unknown as RoteiroApi
}

/** Subscription to host events; returns the function that unsubscribes. */
export type ApiEventSource = (listener: (event: ApiEvent) => void) => () => void

// How each host's transport is built (Electron preload vs. HTTP + token): see transport-notes.md.
