// Starts the browser mode (scripts/serve.mjs) on the real knowledge base with its own data
// folder, and stops it. One per worker: tests in a worker share its tickets, workers do not.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CORPUS, ROOT } from './env'

export type BrowserMode = {
  /** The address the server printed, token included. */
  url: string
  origin: string
  dataDir: string
  stop: () => Promise<void>
}

const START_TIMEOUT_MS = 120_000

function urlFrom(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(
      () => reject(new Error(`the server printed no URL in ${START_TIMEOUT_MS} ms\n${err}`)),
      START_TIMEOUT_MS,
    )
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[0])
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server exited (${code}) before printing its URL\n${err}`))
    })
  })
}

/**
 * Asks the server one search and waits for the answer: the first search waits for the index of
 * the whole corpus (seconds, more under load), which is start-up, not what the specs test.
 */
async function untilIndexed(url: string): Promise<void> {
  const { origin, searchParams } = new URL(url)
  const response = await fetch(`${origin}/api/search`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Roteiro-Token': searchParams.get('token') ?? '',
    },
    body: JSON.stringify({ query: 'certificado' }),
    signal: AbortSignal.timeout(START_TIMEOUT_MS),
  })
  if (!response.ok)
    throw new Error(`the first search failed: ${response.status} ${await response.text()}`)
}

/** Starts `npm run serve` on KB_CORPUS with a fresh temporary data folder. */
export async function startBrowserMode(): Promise<BrowserMode> {
  const dataDir = await mkdtemp(join(tmpdir(), 'roteiro-e2e-'))
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts/serve.mjs'), '--port', '0', '--knowledge', CORPUS, '--data-dir', dataDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
    await rm(dataDir, { recursive: true, force: true })
  }
  try {
    const url = await urlFrom(child)
    await untilIndexed(url)
    return { url, origin: new URL(url).origin, dataDir, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
