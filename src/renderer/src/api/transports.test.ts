import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../core/api/contract'
import { toUiError } from './errors'
import { createElectronHandle, type RoteiroBridge } from './transport-electron'
import { createHttpHandle, type BrowserPage } from './transport-http'

const body = { code: 'not-found', message: 'Chamado não encontrado: 7', params: { number: '7' } }

function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  )
}

describe('one error shape across transports', () => {
  it('the Electron bridge and HTTP both reject with the same ApiError', async () => {
    const bridge: RoteiroBridge = {
      host: 'electron',
      api: { getTicket: async () => ({ ok: false, error: body }) },
      onEvent: () => () => {},
    }
    const page = {
      location: new URL('http://127.0.0.1:1/'),
      fetch: async () => new Response(JSON.stringify({ error: body }), { status: 404 }),
    } as unknown as BrowserPage
    const errors = [
      await rejection(createElectronHandle(bridge).api.getTicket({ number: '7' })),
      await rejection(createHttpHandle(page, 't').api.getTicket({ number: '7' })),
    ]
    for (const error of errors) {
      expect(error).toBeInstanceOf(ApiError)
      expect(toUiError(error)).toEqual({
        code: 'not-found',
        detail: body.message,
        params: body.params,
      })
    }
  })

  it('resolves results through the bridge and words a 401 as unauthorized', async () => {
    const bridge: RoteiroBridge = {
      host: 'electron',
      api: { hostInfo: async () => ({ ok: true, result: { kind: 'electron' } }) },
      onEvent: () => () => {},
    }
    expect(await createElectronHandle(bridge).api.hostInfo({})).toEqual({ kind: 'electron' })
    const page = {
      location: new URL('http://127.0.0.1:1/'),
      fetch: async () =>
        new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'Token' } }), {
          status: 401,
        }),
    } as unknown as BrowserPage
    const error = await rejection(createHttpHandle(page, 't').api.hostInfo({}))
    expect(toUiError(error).code).toBe('unauthorized')
    expect(toUiError(new TypeError('Failed to fetch')).code).toBe('unreachable')
  })
})
