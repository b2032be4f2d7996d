import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { contentTypeOf, isImageFile } from '../node/service/content-types'
import type { ApiErrorBody, ApiEvent } from '../core/api/contract'
import {
  createRoteiroService,
  dispatch,
  isApiMethod,
  resolveConfinedFile,
  type RoteiroService,
  type ServiceBackends,
} from '../node/service'
import { appVersion } from '../node/paths'
import { createSettingsStore, describeRecovery, type SettingsStore } from '../node/settings'
import {
  isAllowedHost,
  isAllowedOrigin,
  presentedToken,
  SECURITY_HEADERS,
  tokenMatches,
} from './guards'

export interface StartServerOptions {
  /** 0 or absent: a free port. */
  port?: number
  knowledgeDirs: string[]
  dataDir: string
  /** The built UI (out/renderer). */
  uiDir: string
  settings?: SettingsStore
  backends?: ServiceBackends
  /** Largest accepted request body (default 64 MiB: ticket backups are imported through it). */
  maxBodyBytes?: number
  /** Large bodies (over LARGE_BODY_BYTES) read and handled at once (default MAX_LARGE_BODIES). */
  maxLargeBodies?: number
  watch?: boolean
}

export interface RunningServer {
  url: string
  token: string
  port: number
  server: Server
  service: RoteiroService
  close(): Promise<void>
}

const STATUS_OF: Record<ApiErrorBody['code'], number> = {
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

/** Bodies above this size count as large; at most MAX_LARGE_BODIES of them are held at once. */
export const LARGE_BODY_BYTES = 1024 * 1024
export const MAX_LARGE_BODIES = 2
/** Bytes of large bodies held at once (two imports of 60 MB take turns; two of 20 MB do not). */
export const LARGE_BODIES_BUDGET = 96 * 1024 * 1024

class HttpError extends Error {
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
class LargeBodySlots {
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

const busy = () =>
  new HttpError(
    503,
    {
      code: 'conflict',
      message: 'O servidor está recebendo outros envios grandes; tente de novo em instantes.',
    },
    { 'Retry-After': '5' },
  )

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(data),
    'Cache-Control': 'no-store',
  })
  res.end(data)
}

function sendError(
  res: ServerResponse,
  status: number,
  code: ApiErrorBody['code'],
  message: string,
) {
  sendJson(res, status, { error: { code, message } })
}

/**
 * Reads a request body up to `limit` bytes. A body over LARGE_BODY_BYTES (declared, or reached
 * while reading) needs one of the large-body slots, released when the response is done; without
 * one the request gets 503 with Retry-After before the rest of it is read.
 */
function readBody(
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

const BAD_JSON = Symbol('bad JSON')

/** The arguments in a body (its text is not kept: a large one can be freed while the call runs). */
function parseBody(body: string): unknown {
  if (!body.trim()) return {}
  try {
    return JSON.parse(body)
  } catch {
    return BAD_JSON
  }
}

async function sendFile(res: ServerResponse, file: string, head: boolean): Promise<void> {
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

/**
 * The browser mode: the API over HTTP on 127.0.0.1 plus the built UI. Every API call needs the
 * random token (header `X-Roteiro-Token` or `Authorization: Bearer`; `?token=` only for
 * EventSource and images, which cannot send headers); Host and Origin are checked against the
 * server's own address so other local pages and DNS rebinding get 403.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const token = randomBytes(32).toString('base64url')
  const limit = options.maxBodyBytes ?? 64 * 1024 * 1024
  const uiDir = resolve(options.uiDir)
  const settings = options.settings ?? createSettingsStore({ dataDir: options.dataDir })
  const reset = describeRecovery(settings.recovery, settings.get().language)
  if (reset) console.warn(`[roteiro] ${reset}`)
  const service = await createRoteiroService({
    knowledgeDirs: options.knowledgeDirs,
    dataDir: options.dataDir,
    settings,
    backends: options.backends,
    watch: options.watch,
    host: {
      kind: 'browser',
      version: appVersion(),
      writesClipboard: false,
      nativeDialogs: false,
      lookupWindow: false,
    },
  })
  const streams = new Set<ServerResponse>()
  const largeBodies = new LargeBodySlots(
    options.maxLargeBodies ?? MAX_LARGE_BODIES,
    LARGE_BODIES_BUDGET,
  )
  let port = 0

  const handleApi = async (req: IncomingMessage, res: ServerResponse, method: string) => {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST')
      return sendError(res, 405, 'bad-arguments', 'Use POST.')
    }
    if (!isApiMethod(method))
      return sendError(res, 404, 'not-found', `Método desconhecido: ${method}`)
    const type = req.headers['content-type'] ?? ''
    if (!/^application\/json\b/i.test(type))
      return sendError(res, 415, 'bad-arguments', 'Envie o corpo como application/json.')
    const args = parseBody(await readBody(req, res, limit, largeBodies))
    if (args === BAD_JSON) return sendError(res, 400, 'bad-arguments', 'O corpo não é JSON válido.')
    const outcome = await dispatch(service.api, method, args)
    if (outcome.ok) return sendJson(res, 200, { result: outcome.result ?? null })
    return sendJson(res, STATUS_OF[outcome.error.code] ?? 500, { error: outcome.error })
  }

  const handleEvents = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    res.write(': connected\n\n')
    streams.add(res)
    const unsubscribe = service.events((event: ApiEvent) => {
      res.write(`data: ${JSON.stringify(event)}\n\n`)
    })
    // Keeps proxies and idle timers from closing a quiet stream.
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000)
    req.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
      streams.delete(res)
    })
  }

  const handleImage = async (res: ServerResponse, rest: string, head: boolean) => {
    const slash = rest.indexOf('/')
    const rootIndex = slash > 0 ? Number(rest.slice(0, slash)) : NaN
    const root = Number.isInteger(rootIndex) ? service.knowledgeRoots()[rootIndex] : undefined
    const file = root ? await resolveConfinedFile(root, rest.slice(slash + 1)) : null
    if (!file || !isImageFile(file))
      return sendError(res, 404, 'not-found', 'Imagem não encontrada.')
    return sendFile(res, file, head)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isAllowedHost(req.headers.host, port))
      return sendError(res, 403, 'forbidden', 'Host não permitido.')
    if (!isAllowedOrigin(req.headers.origin, port))
      return sendError(res, 403, 'forbidden', 'Origem não permitida.')
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    const path = url.pathname
    const head = req.method === 'HEAD'
    const needsToken =
      path.startsWith('/api/') || path === '/api' || path.startsWith('/knowledge-image/')
    if (needsToken) {
      // The query token is accepted only where the browser cannot send a header.
      const query = req.method === 'GET' || head ? url.searchParams : null
      if (!tokenMatches(presentedToken(req.headers, query), token))
        return sendError(
          res,
          401,
          'unauthorized',
          'Token ausente ou inválido: abra o endereço impresso pelo servidor.',
        )
    }
    if (path === '/api/events' && req.method === 'GET') return handleEvents(req, res)
    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length))
    if (req.method !== 'GET' && !head) {
      res.setHeader('Allow', 'GET, HEAD')
      return sendError(res, 405, 'bad-arguments', 'Método HTTP não permitido.')
    }
    if (path.startsWith('/knowledge-image/'))
      return handleImage(res, path.slice('/knowledge-image/'.length), head)
    const file = await resolveConfinedFile(uiDir, path === '/' ? 'index.html' : path.slice(1))
    if (!file) return sendError(res, 404, 'not-found', 'Arquivo não encontrado.')
    return sendFile(res, file, head)
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy()
      if (error instanceof HttpError) {
        res.setHeader('Connection', 'close')
        for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value)
        // A busy answer drains the rest of the upload (memory stays flat) so the client reads the
        // 503 instead of a reset connection; a body over the limit is cut off.
        if (error.status === 503) req.resume()
        else res.on('finish', () => req.destroy())
        return sendJson(res, error.status, { error: error.body })
      }
      console.error('[roteiro] request failed:', error)
      sendError(res, 500, 'internal', 'Erro interno do servidor.')
    })
  }
  const server = createServer(onRequest)
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    // Loopback only: the bridge is never reachable from the network.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    server,
    service,
    async close() {
      for (const stream of streams) stream.end()
      await new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      })
      await service.close()
    },
  }
}
