/** HTTP answers: JSON results and errors, files, and the status of each API error code. */
import { createReadStream } from 'node:fs'
import type { ServerResponse } from 'node:http'
import type { ApiErrorBody } from '../core/api/contract'
import { contentTypeOf } from '../node/service/content-types'
import { SECURITY_HEADERS } from './guards'

/** The HTTP status each API error code is answered with. */
export const STATUS_OF: Record<ApiErrorBody['code'], number> = {
  'bad-arguments': 400,
  'not-found': 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  unsupported: 501,
  internal: 500,
  'data-not-folder': 500,
  'data-read-only': 500,
  'data-disk-full': 507,
  'data-permission-denied': 500,
}

/** Sends a JSON answer that no cache keeps. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(data),
    'Cache-Control': 'no-store',
  })
  res.end(data)
}

/** Sends `{ error: { code, message } }` with this status. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: ApiErrorBody['code'],
  message: string,
): void {
  sendJson(res, status, { error: { code, message } })
}

/** Streams a file (the headers only for HEAD). */
export async function sendFile(res: ServerResponse, file: string, head: boolean): Promise<void> {
  const type = contentTypeOf(file)
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' })
  if (head) {
    res.end()
    return
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}
