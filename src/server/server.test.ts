import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemorySettingsStore } from '../node/settings'
import { fakeBackends } from '../node/service/testing/fake-backends'
import { startServer, type RunningServer } from './server'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function call(
  running: RunningServer,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: running.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${running.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

let base: string
let running: RunningServer
const api = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  call(running, `/api/${method}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Roteiro-Token': running.token,
      ...headers,
    },
    body: JSON.stringify(args),
  })

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'roteiro-server-'))
  const ui = join(base, 'ui')
  const kb = join(base, 'kb')
  mkdirSync(join(kb, '_static'), { recursive: true })
  mkdirSync(ui)
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Roteiro</title>')
  writeFileSync(join(base, 'outside.png'), 'secret')
  writeFileSync(join(kb, '_static', 'fig.png'), 'PNG')
  running = await startServer({
    knowledgeDirs: [kb],
    dataDir: join(base, 'data'),
    uiDir: ui,
    settings: createMemorySettingsStore(),
    backends: fakeBackends(),
    maxBodyBytes: 10_000,
    watch: false,
  })
})
afterAll(async () => {
  await running?.close()
  rmSync(base, { recursive: true, force: true })
})

describe('browser-mode bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    const address = running.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/?token=${running.token}`)
    expect(running.token.length).toBeGreaterThanOrEqual(40)
  })

  it('answers a good call end to end', async () => {
    const r = await api('search', { query: 'certificado' })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body).result.results[0].id).toBe('kb/certificado.rst')
    expect(r.headers['x-content-type-options']).toBe('nosniff')
    expect(r.headers['cache-control']).toBe('no-store')
  })

  it('accepts Authorization: Bearer and localhost:PORT', async () => {
    const r = await call(running, '/api/getSettings', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${running.token}`,
        Host: `localhost:${running.port}`,
        Origin: `http://localhost:${running.port}`,
      },
      body: '{}',
    })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body).result.greeting).toBe('Prezado(a)')
  })

  it('rejects a missing token with 401', async () => {
    const r = await call(running, '/api/getSettings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(r.status).toBe(401)
    expect(JSON.parse(r.body).error.code).toBe('unauthorized')
  })

  it('rejects a wrong token with 401, also in the query of a POST', async () => {
    expect((await api('getSettings', {}, { 'X-Roteiro-Token': 'x' + running.token })).status).toBe(
      401,
    )
    const viaQuery = await call(running, `/api/getSettings?token=${running.token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(viaQuery.status).toBe(401)
  })

  it('rejects a foreign Host with 403 (DNS rebinding)', async () => {
    const r = await api('getSettings', {}, { Host: `evil.example:${running.port}` })
    expect(r.status).toBe(403)
    expect((await api('getSettings', {}, { Host: '127.0.0.1:1' })).status).toBe(403)
  })

  it('rejects a foreign Origin with 403', async () => {
    expect((await api('getSettings', {}, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await api('getSettings', {}, { Origin: 'null' })).status).toBe(403)
  })

  it('answers bad arguments with 400 and a message; unknown methods with 404', async () => {
    const r = await api('search', { query: 42 })
    expect(r.status).toBe(400)
    const body = JSON.parse(r.body)
    expect(body.error.code).toBe('bad-arguments')
    expect(body.error.message).toMatch(/query/)
    const bad = await call(running, '/api/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Roteiro-Token': running.token },
      body: '{oops',
    })
    expect(bad.status).toBe(400)
    expect((await api('toString', {})).status).toBe(404)
    expect((await api('getArticle', { id: 'none' })).status).toBe(404)
    expect((await api('pickKnowledgeFolder', {})).status).toBe(501)
  })

  it('refuses bodies that are too large (413) and non-JSON content types (415)', async () => {
    const r = await api('importTickets', { content: 'x'.repeat(20_000) })
    expect(r.status).toBe(413)
    const form = await call(running, '/api/getSettings', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Roteiro-Token': running.token },
      body: '{}',
    })
    expect(form.status).toBe(415)
  })

  it('serves the UI with a strict CSP and no ../ escape', async () => {
    const r = await call(running, '/')
    expect(r.status).toBe(200)
    expect(r.body).toContain('Roteiro')
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/)
    expect(r.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    for (const path of ['/../outside.png', '/%2e%2e/outside.png', '/..%2foutside.png'])
      expect((await call(running, path)).status, path).toBe(404)
  })

  it('serves knowledge images confined to the roots, with the token', async () => {
    const ok = await call(running, `/knowledge-image/0/_static/fig.png?token=${running.token}`)
    expect(ok.status).toBe(200)
    expect(ok.headers['content-type']).toBe('image/png')
    expect((await call(running, '/knowledge-image/0/_static/fig.png')).status).toBe(401)
    for (const path of [
      '/knowledge-image/0/../outside.png',
      '/knowledge-image/0/%2e%2e/outside.png',
      '/knowledge-image/0/..%2Foutside.png',
      '/knowledge-image/1/_static/fig.png',
      '/knowledge-image/x/_static/fig.png',
    ])
      expect((await call(running, `${path}?token=${running.token}`)).status, path).toBe(404)
  })

  it('streams events to EventSource clients holding the token', async () => {
    const r = await call(running, '/api/events')
    expect(r.status).toBe(401)
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: running.port,
          path: `/api/events?token=${running.token}`,
          headers: { Host: `127.0.0.1:${running.port}` },
        },
        (res) => {
          expect(res.headers['content-type']).toMatch(/text\/event-stream/)
          let text = ''
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString()
            if (text.includes('data: ')) {
              req.destroy()
              resolve(text)
            }
          })
          void api('updateSettings', { agentName: 'Ana' })
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(received).toContain('data: {"type":"settings-changed"}')
  })
})

describe('browser-mode bridge over the real service', () => {
  it('searches the bundled knowledge/', async () => {
    const { BUNDLED_KNOWLEDGE_DIR } = await import('../node/paths')
    const real = await startServer({
      knowledgeDirs: [BUNDLED_KNOWLEDGE_DIR],
      dataDir: join(base, 'real-data'),
      uiDir: join(base, 'ui'),
      settings: createMemorySettingsStore(),
      watch: false,
    })
    try {
      const r = await call(real, '/api/listArticles', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Roteiro-Token': real.token },
        body: '{}',
      })
      expect(r.status).toBe(200)
      const articles = JSON.parse(r.body).result as { title: string }[]
      expect(articles.length).toBeGreaterThan(0)
      const s = await call(real, '/api/search', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Roteiro-Token': real.token },
        body: JSON.stringify({ query: articles[0].title }),
      })
      expect(s.status).toBe(200)
      expect(JSON.parse(s.body).result.results.length).toBeGreaterThan(0)
    } finally {
      await real.close()
    }
  })
})
