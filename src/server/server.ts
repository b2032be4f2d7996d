/** The browser mode's HTTP server: the API, its event stream, knowledge images and the built UI. */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { isImageFile } from '../node/service/content-types'
import type { ApiEvent } from '../core/api/contract'
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
import {
  BAD_JSON,
  HttpError,
  LARGE_BODIES_BUDGET,
  LargeBodySlots,
  MAX_LARGE_BODIES,
  parseBody,
  readBody,
} from './request-body'
import { sendError, sendFile, sendJson, STATUS_OF } from './responses'

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
