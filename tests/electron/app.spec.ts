/**
 * Desktop app end to end: starts on the bundled knowledge, registers the hotkey, the lookup
 * window puts a filled reply on the clipboard, an export writes a file (save dialog stubbed).
 * Run through tests/electron/run.mjs, which provides ELECTRON_PATH or reports the spec skipped.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { DEFAULT_HOTKEY } from '../../src/node/settings/defaults'

const ROOT = resolve(import.meta.dirname, '../..')

type RoteiroWindow = {
  roteiro: { host: string; api: Record<string, (args: unknown) => Promise<unknown>> }
}

async function windowWithUrl(app: ElectronApplication, part: string): Promise<Page> {
  for (let i = 0; i < 100; i++) {
    const page = app.windows().find((w) => w.url().includes(part))
    if (page) return page
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no window with ${part}`)
}

const results: { name: string; error?: unknown }[] = []
async function test(name: string, fn: () => Promise<void>) {
  try {
    await fn()
    results.push({ name })
    console.log(`  ✓ ${name}`)
  } catch (error) {
    results.push({ name, error })
    console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message : String(error)}`)
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'roteiro-e2e-'))
const app = await _electron.launch({
  executablePath: process.env.ELECTRON_PATH,
  args: [join(ROOT, 'out', 'main', 'index.js')],
  env: { ...process.env, ROTEIRO_DATA_DIR: dataDir },
})
try {
  const main = await windowWithUrl(app, 'index.html')
  await main.waitForFunction(() => 'roteiro' in globalThis)
  const call = (page: Page, method: string, args: unknown = {}) =>
    page.evaluate(
      ([m, a]) => (globalThis as unknown as RoteiroWindow).roteiro.api[m as string](a),
      [method, args] as const,
    )

  await test('starts on the bundled knowledge', async () => {
    assert.equal(
      await main.evaluate(() => (globalThis as unknown as RoteiroWindow).roteiro.host),
      'electron',
    )
    const status = (await call(main, 'knowledgeStatus')) as { roots: unknown[] }
    const articles = (await call(main, 'listArticles')) as unknown[]
    assert.ok(articles.length > 0, 'no articles loaded')
    assert.ok(status.roots.length > 0)
  })

  await test('registers the global hotkey', async () => {
    const registered = await app.evaluate(
      ({ globalShortcut }, accelerator) => globalShortcut.isRegistered(accelerator),
      DEFAULT_HOTKEY,
    )
    const status = (await call(main, 'hotkeyStatus')) as { registered: boolean; error: string }
    assert.equal(registered, status.registered, `hotkey status disagrees: ${status.error}`)
    assert.ok(registered, `hotkey not registered: ${status.error}`)
  })

  await test('the lookup window puts a filled reply on the clipboard', async () => {
    const lookup = await windowWithUrl(app, 'window=lookup')
    await lookup.waitForFunction(() => 'roteiro' in globalThis)
    const articles = (await call(lookup, 'listArticles')) as { id: string; replyStatus: string }[]
    const article = articles.find((a) => a.replyStatus === 'ready') ?? articles[0]
    await call(lookup, 'openTicket', { number: 'E2E-1', requester: 'Fulana de Tal' })
    const reply = (await call(lookup, 'copyReply', {
      articleId: article.id,
      number: 'E2E-1',
    })) as { text: string; copiedByHost: boolean }
    assert.ok(reply.copiedByHost)
    const text = await app.evaluate(({ clipboard }) => clipboard.readText())
    assert.equal(text, reply.text)
    await call(lookup, 'windowCommand', { command: 'hide-lookup' })
  })

  await test('an export writes a file through the (stubbed) save dialog', async () => {
    const target = join(dataDir, 'export.md')
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as never
    }, target)
    const saved = (await call(main, 'saveTicketExport', { number: 'E2E-1', format: 'md' })) as {
      path: string
    }
    assert.equal(saved.path, target)
    assert.ok(existsSync(target))
    assert.match(readFileSync(target, 'utf8'), /E2E-1/)
  })

  await test('a call with bad arguments rejects with the error body as JSON', async () => {
    const message = await main.evaluate(() =>
      (globalThis as unknown as RoteiroWindow).roteiro.api.search({ query: 1 }).then(
        () => 'resolved',
        (e: Error) => e.message,
      ),
    )
    assert.equal(JSON.parse(message.replace(/^.*?(\{.*\})$/s, '$1')).code, 'bad-arguments')
  })
} finally {
  await app.close().catch(() => undefined)
  rmSync(dataDir, { recursive: true, force: true })
}
const failures = results.filter((r) => r.error)
console.log(`electron e2e: ${results.length - failures.length} passed, ${failures.length} failed`)
process.exitCode = failures.length ? 1 : 0
