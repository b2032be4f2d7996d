import type { RoteiroApi } from '../../../core/api/contract'
import type { ApiEventSource } from '../../../core/api/client'

/** Everything the UI knows about its host: the client, its events and how to address images. */
export interface ApiHandle {
  kind: 'electron' | 'browser'
  api: RoteiroApi
  onEvent: ApiEventSource
  /** URL of a knowledge file (image) by root index and path relative to that root. */
  imageUrl: (root: number, path: string) => string
}

let current: ApiHandle | null = null

/** Installs the handle the stores use (at start-up, or a fake in tests). */
export function installApi(handle: ApiHandle): void {
  current = handle
}

/** The installed handle; stores call this instead of touching window.*. */
export function useApi(): ApiHandle {
  if (!current) throw new Error('Roteiro API not installed: call installApi() first')
  return current
}
