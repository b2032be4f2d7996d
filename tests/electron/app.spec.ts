// Desktop app end to end: starts on the bundled knowledge, registers the hotkey, the lookup
// window puts a filled reply on the clipboard, an export writes a file (save dialog stubbed).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ElectronApplication, Page } from '@playwright/test'
import { DEFAULT_HOTKEY } from '../../src/node/settings/defaults'
import { expect, test } from './fixtures'

type RoteiroWindow = {
  roteiro: { host: string; api: Record<string, (args: unknown) => Promise<unknown>> }
}

async function windowWithUrl(app: ElectronApplication, part: string): Promise<Page> {
  await expect
    .poll(() => app.windows().some((w) => w.url().includes(part)), {
      message: `a window with ${part}`,
    })
    .toBe(true)
  const page = app.windows().find((w) => w.url().includes(part))!
  await page.waitForFunction(() => 'roteiro' in globalThis)
  return page
}

function call(page: Page, method: string, args: unknown = {}): Promise<unknown> {
  return page.evaluate(
    ([m, a]) => (globalThis as unknown as RoteiroWindow).roteiro.api[m as string](a),
    [method, args] as const,
  )
}

// The tests share one app and build on each other's records (the ticket E2E-1).
test.describe.configure({ mode: 'serial' })

test('starts on the bundled knowledge', async ({ electronApp }) => {
  const main = await windowWithUrl(electronApp, 'index.html')
  expect(await main.evaluate(() => (globalThis as unknown as RoteiroWindow).roteiro.host)).toBe(
    'electron',
  )
  const status = (await call(main, 'knowledgeStatus')) as { roots: unknown[] }
  const articles = (await call(main, 'listArticles')) as unknown[]
  expect(articles.length, 'articles loaded').toBeGreaterThan(0)
  expect(status.roots.length).toBeGreaterThan(0)
})

test('registers the global hotkey', async ({ electronApp }) => {
  const main = await windowWithUrl(electronApp, 'index.html')
  const registered = await electronApp.evaluate(
    ({ globalShortcut }, accelerator) => globalShortcut.isRegistered(accelerator),
    DEFAULT_HOTKEY,
  )
  const status = (await call(main, 'hotkeyStatus')) as { registered: boolean; error: string }
  expect(registered, `hotkey status disagrees: ${status.error}`).toBe(status.registered)
  expect(registered, `hotkey not registered: ${status.error}`).toBe(true)
})

test('the lookup window puts a filled reply on the clipboard', async ({ electronApp }) => {
  const lookup = await windowWithUrl(electronApp, 'window=lookup')
  const articles = (await call(lookup, 'listArticles')) as { id: string; replyStatus: string }[]
  const article = articles.find((a) => a.replyStatus === 'ready') ?? articles[0]
  await call(lookup, 'openTicket', { number: 'E2E-1', requester: 'Fulana de Tal' })
  const reply = (await call(lookup, 'copyReply', { articleId: article.id, number: 'E2E-1' })) as {
    text: string
    copiedByHost: boolean
  }
  expect(reply.copiedByHost).toBe(true)
  expect(await electronApp.evaluate(({ clipboard }) => clipboard.readText())).toBe(reply.text)
  await call(lookup, 'windowCommand', { command: 'hide-lookup' })
})

test('an export writes a file through the (stubbed) save dialog', async ({
  electronApp,
  dataDir,
}) => {
  const main = await windowWithUrl(electronApp, 'index.html')
  const target = join(dataDir, 'export.md')
  await electronApp.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as never
  }, target)
  const saved = (await call(main, 'saveTicketExport', { number: 'E2E-1', format: 'md' })) as {
    path: string
  }
  expect(saved.path).toBe(target)
  expect(existsSync(target)).toBe(true)
  expect(readFileSync(target, 'utf8')).toMatch(/E2E-1/)
})

test('a call with bad arguments rejects with the error body as JSON', async ({ electronApp }) => {
  const main = await windowWithUrl(electronApp, 'index.html')
  const message = await main.evaluate(() =>
    (globalThis as unknown as RoteiroWindow).roteiro.api.search({ query: 1 }).then(
      () => 'resolved',
      (e: Error) => e.message,
    ),
  )
  expect(JSON.parse(message.replace(/^.*?(\{.*\})$/s, '$1')).code).toBe('bad-arguments')
})
