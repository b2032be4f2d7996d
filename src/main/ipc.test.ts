import { describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../core/api/contract'
import { registerApiHandlers, type IpcMainLike } from './ipc'
import { isTrustedSender } from './policy'

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
