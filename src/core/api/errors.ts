/** The one error shape of the API, zod-free so every client can load it. */

/** Codes of data-folder faults: the folder (or a file in it) cannot be used as it is. */
export const DATA_FOLDER_CODES = [
  'data-not-folder',
  'data-read-only',
  'data-disk-full',
  'data-permission-denied',
] as const

export type DataFolderCode = (typeof DATA_FOLDER_CODES)[number]

/** Every error code a host sends back, for a UI or the CLI to word. */
export const API_ERROR_CODES = [
  'bad-arguments',
  'not-found',
  'conflict',
  'unauthorized',
  'forbidden',
  'unsupported',
  'internal',
  ...DATA_FOLDER_CODES,
] as const

export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

/** True for the codes of data-folder faults. */
export function isDataFolderCode(code: string): code is DataFolderCode {
  return (DATA_FOLDER_CODES as readonly string[]).includes(code)
}

/** Values a message is worded with (the ticket number, the article id…). */
export type ApiErrorParams = Record<string, string>

/**
 * The one error shape of every transport (IPC, HTTP, in-process): a code and its parameters for
 * the client to word, and a Portuguese message for logs and for clients that word nothing.
 */
export interface ApiErrorBody {
  code: ApiErrorCode
  message: string
  params?: ApiErrorParams
}

/** Thrown by implementations for errors a person can act on, and by every client transport. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly params: ApiErrorParams = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** The body that crosses a boundary. */
  toBody(): ApiErrorBody {
    return Object.keys(this.params).length
      ? { code: this.code, message: this.message, params: { ...this.params } }
      : { code: this.code, message: this.message }
  }
}

/** Reads an error body out of anything a host sent back (`{ error }` or the body); null if none. */
export function parseErrorBody(value: unknown): ApiErrorBody | null {
  if (!value || typeof value !== 'object') return null
  const body = (value as { error?: unknown }).error ?? value
  if (!body || typeof body !== 'object') return null
  const { code, message, params } = body as { code?: unknown; message?: unknown; params?: unknown }
  if (typeof code !== 'string' || !(API_ERROR_CODES as readonly string[]).includes(code))
    return null
  const out: ApiErrorBody = {
    code: code as ApiErrorCode,
    message: typeof message === 'string' ? message : '',
  }
  if (params && typeof params === 'object') {
    const kept = Object.entries(params).filter(([, v]) => typeof v === 'string')
    if (kept.length) out.params = Object.fromEntries(kept) as ApiErrorParams
  }
  return out
}

/** The ApiError a client throws for a body it received. */
export function apiErrorFrom(body: ApiErrorBody): ApiError {
  return new ApiError(body.code, body.message, body.params)
}
