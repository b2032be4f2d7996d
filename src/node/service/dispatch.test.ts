import { afterEach, describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../../core/api/contract'
import { dispatch } from './dispatch'
import { closeFakeServices, startFakeService } from './testing/fake-service'

afterEach(closeFakeServices)

describe('dispatch', () => {
  it('rejects unknown methods and prototype keys as bad arguments', async () => {
    const { call } = await startFakeService()
    for (const m of ['nope', 'toString', '__proto__', 'constructor']) {
      const r = await call(m)
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-arguments' }) })
    }
  })

  it('answers bad arguments for every method given a wrong-typed extra key', async () => {
    const { call } = await startFakeService()
    for (const method of API_METHODS) {
      const r = await call(method, { unexpectedKey: 1 })
      expect(r.ok, method).toBe(false)
      if (!r.ok) expect(r.error.code, method).toBe('bad-arguments')
    }
  })

  it('hides internal errors behind a generic message', async () => {
    const { service } = await startFakeService()
    const log = vi.fn()
    const api = { ...service.api, getSettings: async () => Promise.reject(new Error('secret /x')) }
    const r = await dispatch(api, 'getSettings', {}, log)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('internal')
      expect(r.error.message).not.toContain('secret')
    }
    expect(log).toHaveBeenCalledOnce()
  })

  it('does not log a call cut short because the service is closing', async () => {
    const { service } = await startFakeService()
    const log = vi.fn()
    const aborted = new DOMException('This operation was aborted', 'AbortError')
    const api = { ...service.api, getSettings: async () => Promise.reject(aborted) }
    const r = await dispatch(api, 'getSettings', {}, log)
    expect(r.ok).toBe(false)
    expect(log).not.toHaveBeenCalled()
  })
})
