/**
 * Eight concurrent 60 MB imports into the browser mode: at most two large bodies (and 96 MB of
 * them) are held at a time, the others get 503 with Retry-After and come back; the server's peak memory (the
 * kernel's high-water mark of its resident set) is printed and must stay under 600 MB.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { backupTicketsFile } from '../core/tickets/export/files'
import { createTicket, setNotes } from '../core/tickets/model'

const ROOT = resolve(import.meta.dirname, '../..')
const KB = resolve(ROOT, 'src/node/tickets/__fixtures__/kb')
const IMPORTS = 8
const TICKETS_PER_IMPORT = 6
const NOTE_BYTES = 10_000_000
const PEAK_LIMIT_MB = 600

const base = mkdtempSync(join(tmpdir(), 'roteiro-bodies-'))
let child: ChildProcess | undefined
afterAll(() => {
  child?.kill('SIGKILL')
  rmSync(base, { recursive: true, force: true })
})

function peakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024
}

function post(port: number, token: string, body: Buffer) {
  type Reply = { status: number; retryAfter?: string; body: string }
  return new Promise<Reply>((done, fail) => {
    let reply: Reply | null = null
    // The server may close the connection right after a refusal, while this side still uploads:
    // whatever came back by then is the answer; nothing at all counts as a refusal.
    const settle = () => done(reply ?? { status: 503, retryAfter: '5', body: '' })
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/importTickets',
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${port}`,
          'Content-Type': 'application/json',
          'Content-Length': body.length,
          'X-Roteiro-Token': token,
        },
      },
      (res) => {
        reply = {
          status: res.statusCode ?? 0,
          retryAfter: res.headers['retry-after'] as string | undefined,
          body: '',
        }
        res.on('data', (c) => (reply!.body += String(c)))
        res.on('end', settle)
        res.on('close', settle)
        res.on('error', settle)
      },
    )
    req.on('error', (error) => {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (!['EPIPE', 'ECONNRESET'].includes(code)) return fail(error)
      settle()
    })
    req.on('close', settle)
    req.end(body)
  })
}

describe('concurrent large bodies', () => {
  const skip = existsSync('/proc/self/status') ? false : 'needs /proc to read the peak memory'
  it.skipIf(skip)(
    'are capped in number and bytes; peak memory stays bounded',
    async () => {
      if (skip) console.info(`skipped: ${skip}`)
      mkdirSync(join(base, 'ui'))
      writeFileSync(join(base, 'ui', 'index.html'), '<!doctype html>')
      child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/server/cli.ts',
          '--data-dir',
          join(base, 'data'),
          '--knowledge',
          KB,
        ],
        { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
      )
      const url = await new Promise<URL>((done) => {
        let out = ''
        child!.stdout!.on('data', (c) => {
          out += String(c)
          const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out)
          if (found) done(new URL(found[0]))
        })
      })
      const port = Number(url.port)
      const token = url.searchParams.get('token')!
      const idleMb = peakMb(child.pid!)

      const now = () => new Date('2026-11-30T12:00:00Z')
      const bodies = Array.from({ length: IMPORTS }, (_, k) => {
        const tickets = Array.from({ length: TICKETS_PER_IMPORT }, (_, i) =>
          setNotes(createTicket({ number: `G-${k}-${i}` }, now), 'n'.repeat(NOTE_BYTES), now),
        )
        return Buffer.from(JSON.stringify({ content: backupTicketsFile(tickets, now).content }))
      })
      const sizeMb = bodies[0].length / 1e6

      const statuses: number[] = []
      let refused = 0
      await Promise.all(
        bodies.map(async (body) => {
          for (let attempt = 0; attempt < 200; attempt++) {
            const reply = await post(port, token, body)
            statuses.push(reply.status)
            if (reply.status !== 503) return
            refused++
            expect(reply.retryAfter).toBe('5')
            await new Promise((r) => setTimeout(r, Number(reply.retryAfter) * 1000))
          }
        }),
      )
      const peak = peakMb(child.pid!)
      console.info(
        `large bodies: ${IMPORTS} × ${sizeMb.toFixed(0)} MB, ${refused} answered 503 and retried; server peak ${peak.toFixed(0)} MB (idle ${idleMb.toFixed(0)} MB)`,
      )
      expect(statuses.filter((s) => s === 200)).toHaveLength(IMPORTS)
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true)
      expect(peak).toBeLessThanOrEqual(PEAK_LIMIT_MB)
    },
    600_000,
  )
})
