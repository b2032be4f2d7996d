/** Request bodies: read within a size limit, large ones through a bounded number of slots. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiErrorBody } from '../core/api/contract'

/** Bodies above this size count as large; at most MAX_LARGE_BODIES of them are held at once. */
export const LARGE_BODY_BYTES = 1024 * 1024
/** Large bodies read and handled at once, unless the server is told otherwise. */
export const MAX_LARGE_BODIES = 2
/** Bytes of large bodies held at once (two imports of 60 MB take turns; two of 20 MB do not). */
export const LARGE_BODIES_BUDGET = 96 * 1024 * 1024

/** An answer decided while reading a request, sent as it is (status, error, extra headers). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message)
  }
}

/**
 * Counts the large bodies being read or handled, and their bytes, so their memory stays bounded:
 * at most `max` at once, and together at most `budget` bytes (one body alone is always let in).
 * A body of unknown length counts as the largest accepted.
 */
export class LargeBodySlots {
  private used = 0
  private bytes = 0
  constructor(
    private readonly max: number,
    private readonly budget: number,
  ) {}
  /** Takes a slot for a body of `size` bytes and returns its release, or null when full. */
  take(size: number): (() => void) | null {
    if (this.used >= this.max || (this.used > 0 && this.bytes + size > this.budget)) return null
    this.used++
    this.bytes += size
    let released = false
    return () => {
      if (released) return
      released = true
      this.used--
      this.bytes -= size
    }
  }
}

const busy = (): HttpError =>
  new HttpError(
    503,
    {
      code: 'conflict',
      message: 'O servidor está recebendo outros envios grandes; tente de novo em instantes.',
    },
    { 'Retry-After': '5' },
  )

/**
 * Reads a request body up to `limit` bytes. A body over LARGE_BODY_BYTES (declared, or reached
 * while reading) needs one of the large-body slots, released when the response is done; without
 * one the request gets 503 with Retry-After before the rest of it is read.
 */
export function readBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  slots: LargeBodySlots,
): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const tooLargeError = () =>
      new HttpError(413, { code: 'bad-arguments', message: 'Requisição grande demais.' })
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limit) return reject(tooLargeError())
    let release: (() => void) | null = null
    const takeSlot = (): boolean => {
      release = slots.take(declared > 0 ? declared : limit)
      if (!release) return false
      res.once('close', release)
      return true
    }
    if (declared > LARGE_BODY_BYTES && !takeSlot()) return reject(busy())
    // A declared length is read into one buffer of that size: no copy of the pieces at the end.
    let whole: Buffer | null = declared > 0 ? Buffer.allocUnsafe(declared) : null
    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    const fail = (error: HttpError) => {
      // Answer now; the rest of the body is discarded and the socket closed after the reply.
      failed = true
      chunks.length = 0
      whole = null
      reject(error)
    }
    req.on('data', (chunk: Buffer) => {
      if (failed) return
      if (size + chunk.length > limit) return fail(tooLargeError())
      if (size + chunk.length > LARGE_BODY_BYTES && !release && !takeSlot()) return fail(busy())
      if (whole && size + chunk.length <= whole.length) chunk.copy(whole, size)
      else {
        if (whole) chunks.push(whole.subarray(0, size))
        whole = null
        chunks.push(chunk)
      }
      size += chunk.length
    })
    req.on('end', () => {
      if (failed) return
      const bytes = whole ? whole.subarray(0, size) : Buffer.concat(chunks)
      chunks.length = 0 // the pieces can go before the text is made
      whole = null
      resolveBody(bytes.toString('utf8'))
    })
    req.on('error', reject)
  })
}

/** What `parseBody` returns for a body that is not JSON. */
export const BAD_JSON = Symbol('bad JSON')

/** The arguments in a body (its text is not kept: a large one can be freed while the call runs). */
export function parseBody(body: string): unknown {
  if (!body.trim()) return {}
  try {
    return JSON.parse(body)
  } catch {
    return BAD_JSON
  }
}
