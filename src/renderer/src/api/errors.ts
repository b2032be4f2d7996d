import { API_ERROR_CODES, ApiError, type ApiErrorBody } from '../../../core/api/contract'

const CODES: readonly string[] = API_ERROR_CODES

/** Code used when the host could not be reached at all (network, server stopped). */
export const UNREACHABLE = 'unreachable'

/** What the UI needs to tell a person about a failed call: a code to translate and the host's detail. */
export interface UiError {
  code: ApiErrorBody['code'] | typeof UNREACHABLE
  detail: string
  /** Values the wording of the code names (e.g. the path of a data-folder fault). */
  params?: Record<string, string>
}

/** Reads an ApiErrorBody out of anything a host may send back; null when it is not one. */
export function parseErrorBody(value: unknown): ApiErrorBody | null {
  if (!value || typeof value !== 'object') return null
  const body = (value as { error?: unknown }).error ?? value
  if (!body || typeof body !== 'object') return null
  const { code, message, params } = body as { code?: unknown; message?: unknown; params?: unknown }
  if (typeof code !== 'string' || !CODES.includes(code)) return null
  const parsed: ApiErrorBody = {
    code: code as ApiErrorBody['code'],
    message: typeof message === 'string' ? message : '',
  }
  if (params && typeof params === 'object') {
    const strings = Object.entries(params).filter(([, v]) => typeof v === 'string')
    if (strings.length) parsed.params = Object.fromEntries(strings) as Record<string, string>
  }
  return parsed
}

/** Normalizes any rejection of an API call into a UiError. */
export function toUiError(error: unknown): UiError {
  if (error instanceof ApiError)
    return {
      code: error.code,
      detail: error.message,
      ...(error.params && { params: error.params }),
    }
  if (error instanceof Error) {
    try {
      const body = parseErrorBody(JSON.parse(error.message))
      if (body)
        return {
          code: body.code,
          detail: body.message,
          ...(body.params && { params: body.params }),
        }
    } catch {
      // not JSON: a network or programming error
    }
    if (error.name === 'TypeError') return { code: UNREACHABLE, detail: error.message }
    return { code: 'internal', detail: error.message }
  }
  return { code: 'internal', detail: String(error) }
}
