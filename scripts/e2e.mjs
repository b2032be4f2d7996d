// `npm run test:e2e`: the end-to-end tests in browser mode. Starts `npm run serve` on the real
// knowledge base with a temporary data folder, runs tests/e2e/*.spec.mjs in headless Chromium
// (playwright-core), then the Electron specs (tests/electron/run.mjs) when they exist.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const ROOT = resolve(import.meta.dirname, '..')
const CHROMIUM = process.env.ROTEIRO_CHROMIUM ?? process.env.CHROME_PATH ?? '/usr/bin/chromium'
const CORPUS = process.env.KB_CORPUS
  ? resolve(process.env.KB_CORPUS)
  : resolve(ROOT, '../shared/kb/pen-wiki')
const SERVER_START_MS = 180_000
const TEST_TIMEOUT_MS = 120_000

/** Missing prerequisites: fail in CI, skip with the reason elsewhere. */
function unavailable(reason) {
  if (process.env.CI) {
    console.error(`e2e: FAILED: ${reason} (required in CI)`)
    process.exit(1)
  }
  console.log(`e2e: skipped: ${reason}`)
  console.log('0 passed, 0 failed')
  process.exit(0)
}

if (!existsSync(CHROMIUM))
  unavailable(`no Chromium at ${CHROMIUM} (set ROTEIRO_CHROMIUM or install chromium)`)
if (!existsSync(CORPUS)) unavailable(`knowledge corpus not found at ${CORPUS} (set KB_CORPUS)`)

/** Starts the browser-mode server and resolves with the URL it prints. */
function startServer(dataDir) {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts/serve.mjs'), '--port', '0', '--knowledge', CORPUS, '--data-dir', dataDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = new Promise((resolveUrl, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(
      () => reject(new Error(`server printed no URL in ${SERVER_START_MS} ms\n${err}`)),
      SERVER_START_MS,
    )
    child.stdout.on('data', (chunk) => {
      out += chunk
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[0])
      }
    })
    child.stderr.on('data', (chunk) => (err += chunk))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}) before printing its URL\n${err}`))
    })
  })
  return { child, url }
}

function withTimeout(promise, ms, what) {
  let timer
  return Promise.race([
    promise,
    new Promise(
      (_, reject) =>
        (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)),
    ),
  ]).finally(() => clearTimeout(timer))
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'roteiro-e2e-'))
  const server = startServer(dataDir)
  let passed = 0
  let failed = 0
  let browser
  try {
    const url = await server.url
    console.log(`e2e: server at ${url.replace(/token=.*/, 'token=…')}`)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    })
    const origin = new URL(url).origin
    const only = process.argv[2]
    // The a11y spec takes the screenshots from the state the flow specs leave, so it runs last.
    const order = (f) => (f.startsWith('a11y') ? 1 : 0)
    const specs = readdirSync(join(ROOT, 'tests/e2e'))
      .filter((f) => f.endsWith('.spec.mjs') && (!only || f.includes(only)))
      .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    for (const file of specs) {
      const { tests } = await import(pathToFileURL(join(ROOT, 'tests/e2e', file)).href)
      for (const test of tests) {
        const contexts = []
        const newPage = async (options = {}) => {
          const context = await browser.newContext({
            viewport: { width: 1366, height: 820 },
            acceptDownloads: true,
            ...options,
          })
          await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
          contexts.push(context)
          const page = await context.newPage()
          page.on('pageerror', (e) => console.log(`    page error: ${e.message}`))
          return page
        }
        const started = Date.now()
        try {
          await withTimeout(
            test.run({ newPage, url, log: (m) => console.log(`    ${m}`) }),
            TEST_TIMEOUT_MS,
            test.name,
          )
          passed++
          console.log(`  ok   ${file} › ${test.name} (${Date.now() - started} ms)`)
        } catch (error) {
          failed++
          console.log(
            `  FAIL ${file} › ${test.name}\n    ${String(error?.stack ?? error)
              .split('\n')
              .slice(0, 6)
              .join('\n    ')}`,
          )
        } finally {
          for (const c of contexts) await c.close().catch(() => {})
        }
      }
    }
  } catch (error) {
    failed++
    console.log(`  FAIL setup: ${error?.message ?? error}`)
  } finally {
    await browser?.close().catch(() => {})
    server.child.kill('SIGTERM')
    await rm(dataDir, { recursive: true, force: true }).catch(() => {})
  }
  console.log(`${passed} passed, ${failed} failed`)

  const electronRunner = join(ROOT, 'tests/electron/run.mjs')
  let electronFailed = false
  if (existsSync(electronRunner)) {
    console.log('e2e: running the Electron specs (tests/electron/run.mjs)')
    const code = await new Promise((done) => {
      spawn(process.execPath, [electronRunner], { cwd: ROOT, stdio: 'inherit' }).on('exit', (c) =>
        done(c ?? 1),
      )
    })
    electronFailed = code !== 0
  }
  process.exit(failed || electronFailed ? 1 : 0)
}

await main()
