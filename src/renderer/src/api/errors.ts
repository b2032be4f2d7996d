import { ApiError, type ApiErrorBody, type ApiErrorParams } from '../../../core/api/contract'

const CODES: ApiErrorBody['code'][] = [
  'bad-arguments',
  'not-found',
  'conflict',
  'forbidden',
  'unsupported',
  'internal',
]

/** Code used when the host could not be reached at all (network, server stopped). */
export const UNREACHABLE = 'unreachable'

/** What the UI needs to tell a person about a failed call: a code to translate and the host's detail. */
export interface UiError {
  code: ApiErrorBody['code'] | typeof UNREACHABLE
  detail: string
  /** The host's finer reason (worded by the UI as error.reason.<reason>) and its parameters. */
  reason?: string
  params?: ApiErrorParams
}

/** Reads an ApiErrorBody out of anything a host may send back; null when it is not one. */
export function parseErrorBody(value: unknown): ApiErrorBody | null {
  if (!value || typeof value !== 'object') return null
  const body = (value as { error?: unknown }).error ?? value
  if (!body || typeof body !== 'object') return null
  const { code, message, reason, params } = body as Record<string, unknown>
  if (typeof code !== 'string' || !CODES.includes(code as ApiErrorBody['code'])) return null
  return {
    code: code as ApiErrorBody['code'],
    message: typeof message === 'string' ? message : '',
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(params && typeof params === 'object' ? { params: params as ApiErrorParams } : {}),
  }
}

/** Normalizes any rejection of an API call into a UiError. */
export function toUiError(error: unknown): UiError {
  if (error instanceof ApiError)
    return { code: error.code, detail: error.message, reason: error.reason, params: error.params }
  if (error instanceof Error) {
    try {
      const body = parseErrorBody(JSON.parse(error.message))
      if (body)
        return { code: body.code, detail: body.message, reason: body.reason, params: body.params }
    } catch {
      // not JSON: a network or programming error
    }
    if (error.name === 'TypeError') return { code: UNREACHABLE, detail: error.message }
    return { code: 'internal', detail: error.message }
  }
  return { code: 'internal', detail: String(error) }
}
