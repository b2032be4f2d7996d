import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, guardWebContents, isAllowedRequestUrl } from './policy'

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
