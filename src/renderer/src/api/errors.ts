import { ApiError, type ApiErrorCode, type ApiErrorParams } from '../../../core/api/contract'

/** Code used when the host could not be reached at all (network, server stopped). */
export const UNREACHABLE = 'unreachable'

/** What the UI needs to tell a person about a failed call: a code to translate and the host's detail. */
export interface UiError {
  code: ApiErrorCode | typeof UNREACHABLE
  detail: string
  /** Values the wording of the code names (e.g. the path of a data-folder fault). */
  params: ApiErrorParams
}

/** Normalizes any rejection of an API call (every transport throws ApiError) into a UiError. */
export function toUiError(error: unknown): UiError {
  if (error instanceof ApiError)
    return { code: error.code, detail: error.message, params: error.params }
  // fetch rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return { code: UNREACHABLE, detail: error.message, params: {} }
  const detail = error instanceof Error ? error.message : String(error)
  return { code: 'internal', detail, params: {} }
}
