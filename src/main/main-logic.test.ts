import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../core/api/contract'
import { createAppProtocolHandler, resolveAppUrl } from './app-protocol'
import { writeReplyToClipboard } from './clipboard'
import { createHotkeyManager, type GlobalShortcutLike } from './hotkey'
import { registerApiHandlers, type IpcMainLike } from './ipc'
import { createLookupController, type WindowLike } from './lookup'
import {
  denyAllPermissions,
  guardWebContents,
  isAllowedRequestUrl,
  isTrustedSender,
} from './policy'
import { shouldHideOnClose, trayTemplate } from './tray-menu'
import {
  lookupWindowOptions,
  mainWindowOptions,
  placeMainWindow,
  secureWebPreferences,
} from './window-options'

const DISPLAY = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
const RIGHT = { workArea: { x: 1920, y: 0, width: 1280, height: 1000 } }

describe('window options', () => {
  it('every window is isolated, sandboxed and without Node', () => {
    const main = mainWindowOptions({ saved: null, displays: [DISPLAY], preload: '/p.cjs' })
    const lookup = lookupWindowOptions({ displays: [DISPLAY], preload: '/p.cjs' })
    for (const prefs of [main.webPreferences, lookup.webPreferences, secureWebPreferences(null)]) {
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        allowRunningInsecureContent: false,
      })
    }
    expect(main.show).toBe(false)
  })

  it('the lookup window is small, frameless, on top, out of the taskbar and hidden', () => {
    const o = lookupWindowOptions({ displays: [DISPLAY], preload: '/p.cjs' })
    expect(o).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true, show: false })
    expect(o.width).toBeLessThanOrEqual(800)
  })

  it('the main window comes back where it was when that display still exists', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1000, height: 700 }, maximized: false }
    expect(placeMainWindow(saved, [DISPLAY, RIGHT])).toEqual(saved.bounds)
  })

  it('a window left on an unplugged display comes back on a visible one', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1000, height: 700 }, maximized: false }
    const placed = placeMainWindow(saved, [DISPLAY])
    expect(placed.x).toBeGreaterThanOrEqual(0)
    expect(placed.x + placed.width).toBeLessThanOrEqual(1920)
    expect(placed.width).toBe(1000)
  })

  it('clamps a window hanging off the edge and ignores garbage', () => {
    const saved = { bounds: { x: 1700, y: -5, width: 800, height: 600 }, maximized: false }
    const placed = placeMainWindow(saved, [DISPLAY])
    expect(placed.x + placed.width).toBeLessThanOrEqual(1920)
    expect(placed.y).toBe(0)
    const bad = { bounds: { x: NaN, y: 0, width: -1, height: 0 }, maximized: false }
    expect(placeMainWindow(bad, [DISPLAY]).width).toBe(1100)
  })
})

function fakeContents() {
  const listeners: Record<string, (e: { preventDefault(): void }, url?: string) => void> = {}
  let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' })
  return {
    id: 1,
    on: (event: string, listener: never) => {
      listeners[event] = listener
    },
    setWindowOpenHandler: (h: never) => {
      openHandler = h
    },
    navigate(url: string) {
      const e = { preventDefault: vi.fn() }
      listeners['will-navigate'](e, url)
      return e.preventDefault.mock.calls.length > 0
    },
    open: (url: string) => openHandler({ url }),
    attachWebview() {
      const e = { preventDefault: vi.fn() }
      listeners['will-attach-webview'](e)
      return e.preventDefault.mock.calls.length > 0
    },
  }
}

describe('navigation and external links', () => {
  it('denies navigation away from app://ui and every window.open', () => {
    const contents = fakeContents()
    const openExternal = vi.fn()
    guardWebContents(contents as never, openExternal)
    expect(contents.navigate('app://ui/index.html#/x')).toBe(false)
    expect(contents.navigate('https://evil.example/')).toBe(true)
    expect(contents.navigate('file:///etc/passwd')).toBe(true)
    expect(contents.navigate('app://knowledge/0/x.png')).toBe(true)
    expect(contents.open('https://wiki.example/a')).toEqual({ action: 'deny' })
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(contents.attachWebview()).toBe(true)
    // Only validated http(s)/mailto links go to the operating system.
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual([
      'https://evil.example/',
      'https://wiki.example/a',
    ])
  })

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | null = null
    let check: ((...a: unknown[]) => boolean) | null = null
    denyAllPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
    })
    const cb = vi.fn()
    request!(null, 'media', cb)
    expect(cb).toHaveBeenCalledWith(false)
    expect(check!(null, 'clipboard-read')).toBe(false)
  })

  it('loads nothing remote', () => {
    expect(isAllowedRequestUrl('app://ui/index.html')).toBe(true)
    expect(isAllowedRequestUrl('https://cdn.example/x.js')).toBe(false)
    expect(isAllowedRequestUrl('http://127.0.0.1:3000/')).toBe(false)
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false)
  })
})

describe('app:// protocol', () => {
  let base: string
  let places: { uiDir: string; roots: () => string[] }
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'roteiro-proto-'))
    mkdirSync(join(base, 'ui', 'assets'), { recursive: true })
    mkdirSync(join(base, 'kb', '_static'), { recursive: true })
    writeFileSync(join(base, 'ui', 'index.html'), '<p>ui</p>')
    writeFileSync(join(base, 'ui', 'assets', 'a.js'), 'x')
    writeFileSync(join(base, 'kb', '_static', 'f.png'), 'png')
    writeFileSync(join(base, 'kb', 'a.rst'), 'rst')
    writeFileSync(join(base, 'secret.png'), 'secret')
    symlinkSync(join(base, 'secret.png'), join(base, 'kb', '_static', 'out.png'))
    places = { uiDir: join(base, 'ui'), roots: () => [join(base, 'kb')] }
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('serves the UI and knowledge images', async () => {
    expect(await resolveAppUrl('app://ui/index.html', places)).toMatch(/index\.html$/)
    expect(await resolveAppUrl('app://ui/', places)).toMatch(/index\.html$/)
    expect(await resolveAppUrl('app://ui/assets/a.js', places)).toMatch(/a\.js$/)
    expect(await resolveAppUrl('app://knowledge/0/_static/f.png', places)).toMatch(/f\.png$/)
    const res = await createAppProtocolHandler(places)({ url: 'app://ui/index.html' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    'app://ui/../secret.png',
    'app://ui/%2e%2e/secret.png',
    'app://ui/%2E%2E%2Fsecret.png',
    'app://knowledge/0/../secret.png',
    'app://knowledge/0/%2e%2e/secret.png',
    'app://knowledge/0/..%5csecret.png',
    'app://knowledge/0/%2Fetc%2Fpasswd',
    'app://knowledge/0//etc/passwd',
    'app://knowledge/0/_static/out.png',
    'app://knowledge/0/a.rst',
    'app://knowledge/1/_static/f.png',
    'app://knowledge/x/_static/f.png',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('404 for %s', async (url) => {
    expect(await resolveAppUrl(url, places)).toBeNull()
    const res = await createAppProtocolHandler(places)({ url })
    expect(res.status).toBe(404)
  })
})

describe('IPC', () => {
  function fakeIpc() {
    const handlers = new Map<string, (e: never, a: unknown) => unknown>()
    const ipc: IpcMainLike = {
      handle: (channel, listener) => void handlers.set(channel, listener as never),
      removeHandler: (channel) => void handlers.delete(channel),
    }
    return { ipc, handlers }
  }
  const trusted = new Set([7])
  const isTrusted = (s: { id: number }, f: { url: string; parent: unknown } | null) =>
    isTrustedSender(s, f, trusted)

  it('registers exactly one channel per contract method', () => {
    const { ipc, handlers } = fakeIpc()
    const remove = registerApiHandlers(ipc, { dispatch: vi.fn(), isTrusted })
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map((m) => `roteiro:${m}`).sort())
    remove()
    expect(handlers.size).toBe(0)
  })

  it('refuses calls from other frames or windows before dispatching', async () => {
    const { ipc, handlers } = fakeIpc()
    const dispatch = vi.fn(async () => ({ ok: true as const, result: 1 }))
    registerApiHandlers(ipc, { dispatch, isTrusted })
    const h = handlers.get('roteiro:getSettings')!
    const call = (id: number, url: string, parent: unknown = null) =>
      h({ sender: { id }, senderFrame: { url, parent } } as never, {})
    expect(await call(7, 'app://ui/index.html')).toEqual({ ok: true, result: 1 })
    for (const reply of [
      await call(8, 'app://ui/index.html'),
      await call(7, 'https://evil.example/'),
      await call(7, 'app://ui/index.html', {}),
      await call(7, 'app://knowledge/0/x.html'),
      await h({ sender: { id: 7 }, senderFrame: null } as never, {}),
    ])
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(dispatch).toHaveBeenCalledTimes(1)
  })

  it('passes the raw arguments to dispatch, which validates them', async () => {
    const { ipc, handlers } = fakeIpc()
    const dispatch = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'bad-arguments' as const, message: 'query: expected string' },
    }))
    registerApiHandlers(ipc, { dispatch, isTrusted })
    const reply = await handlers.get('roteiro:search')!(
      { sender: { id: 7 }, senderFrame: { url: 'app://ui/index.html', parent: null } } as never,
      { query: 1 },
    )
    expect(dispatch).toHaveBeenCalledWith('search', { query: 1 })
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-arguments' } })
  })
})

describe('hotkey', () => {
  function fakeShortcut(taken: string[] = []): GlobalShortcutLike & { held: Set<string> } {
    const held = new Set<string>()
    return {
      held,
      register: (a) => {
        if (a === 'Bogus+') throw new Error('conversion failure')
        if (taken.includes(a)) return false
        held.add(a)
        return true
      },
      unregister: (a) => void held.delete(a),
      isRegistered: (a) => held.has(a),
    }
  }

  it('registers, re-registers on change and releases the old one', () => {
    const gs = fakeShortcut()
    const hk = createHotkeyManager(gs, vi.fn())
    expect(hk.apply('CommandOrControl+Alt+K')).toMatchObject({ registered: true, error: null })
    hk.apply('Alt+F9')
    expect([...gs.held]).toEqual(['Alt+F9'])
    hk.dispose()
    expect(gs.held.size).toBe(0)
  })

  it('reports a failed registration instead of failing silently', () => {
    const hk = createHotkeyManager(fakeShortcut(['CommandOrControl+Alt+K']), vi.fn())
    const status = hk.apply('CommandOrControl+Alt+K')
    expect(status.registered).toBe(false)
    expect(status.error).toMatch(/em uso/)
    expect(hk.status()).toEqual(status)
    expect(hk.apply('Bogus+').error).toMatch(/inválido/)
  })
})

describe('lookup window', () => {
  function fakeWindow(visible = false): WindowLike & { sent: unknown[] } {
    const sent: unknown[] = []
    let shown = visible
    return {
      sent,
      isVisible: () => shown,
      isDestroyed: () => false,
      show: () => void (shown = true),
      hide: () => void (shown = false),
      focus: vi.fn(),
      webContents: { send: (_c: string, p: unknown) => void sent.push(p) },
    }
  }

  it('toggles, starting with the clipboard text when the setting asks', async () => {
    const lookup = fakeWindow()
    const main = fakeWindow()
    const c = createLookupController({
      lookup: () => lookup,
      main: () => main,
      readClipboardText: async () => '  Erro:   certificado\n inválido ',
      startsWithClipboard: () => true,
      send: (w, e) => w.webContents.send('roteiro:event', e),
    })
    expect(await c.toggle()).toBe('shown')
    expect(lookup.sent).toEqual([{ type: 'focus-search', query: 'Erro: certificado inválido' }])
    expect(await c.toggle()).toBe('hidden')
    expect(lookup.isVisible()).toBe(false)
  })

  it('Ctrl+Enter opens the article in the main window and hides the lookup', async () => {
    const lookup = fakeWindow(true)
    const main = fakeWindow()
    const c = createLookupController({
      lookup: () => lookup,
      main: () => main,
      readClipboardText: async () => 'x',
      startsWithClipboard: () => false,
      send: (w, e) => w.webContents.send('roteiro:event', e),
    })
    c.openArticle('kb/a.rst')
    expect(lookup.isVisible()).toBe(false)
    expect(main.isVisible()).toBe(true)
    expect(main.sent).toEqual([{ type: 'open-article', articleId: 'kb/a.rst' }])
  })
})

describe('clipboard, tray and close', () => {
  it('writes text and HTML together as one item, or text alone', async () => {
    const clipboard = {
      write: vi.fn(async () => {}),
      writeText: vi.fn(async () => {}),
      readText: vi.fn(),
    }
    class Item {
      constructor(readonly items: Record<string, string>) {}
    }
    await writeReplyToClipboard(clipboard, Item, { text: 'a', html: '<p>a</p>' })
    expect(clipboard.write).toHaveBeenCalledWith([
      new Item({ 'text/plain': 'a', 'text/html': '<p>a</p>' }),
    ])
    await writeReplyToClipboard(clipboard, Item, { text: 'b', html: null })
    expect(clipboard.writeText).toHaveBeenCalledWith('b')
  })

  it('builds the tray menu in the agent language', () => {
    const actions = { open: vi.fn(), lookup: vi.fn(), openTicket: vi.fn(), quit: vi.fn() }
    const items = trayTemplate({ language: 'pt-BR', hotkey: 'Alt+K', activeTicket: '12', actions })
    expect(items.map((i) => i.label ?? '-')).toEqual([
      'Abrir o Roteiro',
      'Consulta rápida',
      '-',
      'Chamado ativo: 12',
      '-',
      'Sair',
    ])
    items.at(-1)!.click!()
    expect(actions.quit).toHaveBeenCalled()
    const en = trayTemplate({ language: 'en', hotkey: null, activeTicket: null, actions })
    expect(en[3]).toMatchObject({ label: 'No open ticket', enabled: false })
  })

  it('hides to the tray only when set, with a tray, and not while quitting', () => {
    expect(shouldHideOnClose({ closeToTray: true, quitting: false, hasTray: true })).toBe(true)
    expect(shouldHideOnClose({ closeToTray: true, quitting: true, hasTray: true })).toBe(false)
    expect(shouldHideOnClose({ closeToTray: true, quitting: false, hasTray: false })).toBe(false)
    expect(shouldHideOnClose({ closeToTray: false, quitting: false, hasTray: true })).toBe(false)
  })
})
