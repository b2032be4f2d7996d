import { afterEach, describe, expect, it, vi } from 'vitest'
import { closeFakeServices, FAKE_ARTICLE, startFakeService } from './testing/fake-service'
import { TEST_HOST } from './testing/test-host'

afterEach(closeFakeServices)

describe('settings and host facts', () => {
  it('updates settings, emits settings-changed and rejects unknown keys', async () => {
    const { ok, call, events } = await startFakeService()
    expect(await ok('getSettings')).toMatchObject({ greeting: 'Prezado(a)', language: 'pt-BR' })
    expect(await ok('updateSettings', { agentName: 'Ana' })).toMatchObject({ agentName: 'Ana' })
    expect(events).toContainEqual({ type: 'settings-changed' })
    expect((await call('updateSettings', { knowledgeRoots: ['/etc'] })).ok).toBe(false)
    expect(await ok('hostInfo')).toEqual({ ...TEST_HOST, settingsReset: null })
    expect(await ok('hotkeyStatus')).toMatchObject({ available: false, registered: false })
  })
})

describe('host-only methods', () => {
  it("answer 'unsupported' without hooks", async () => {
    const { call, ok } = await startFakeService()
    await ok('openTicket', { number: '1' })
    for (const [method, args] of [
      ['saveTicketExport', { number: '1', format: 'pdf' }],
      ['saveTicketExport', { number: '1', format: 'md' }],
      ['saveBulkExport', { format: 'backup' }],
      ['pickKnowledgeFolder', {}],
      ['pickImportFile', {}],
      ['openExternal', { url: 'https://example.org' }],
      ['windowCommand', { command: 'show-main' }],
    ] as const)
      expect(await call(method, args), method).toMatchObject({
        ok: false,
        error: { code: 'unsupported' },
      })
  })

  it('use the hooks when the host gives them', async () => {
    const hooks = {
      saveFile: vi.fn(async () => '/tmp/x.md'),
      savePdf: vi.fn(async () => '/tmp/x.pdf'),
      pickFolder: vi.fn(async () => '/kb'),
      pickFile: vi.fn(async () => ({ content: '[]', name: 'b.json' })),
      openExternal: vi.fn(async () => true),
      windowCommand: vi.fn(),
      hotkeyStatus: () => ({ accelerator: 'X', registered: true, error: null, available: true }),
    }
    const { ok, call } = await startFakeService(hooks)
    await ok('openTicket', { number: '1' })
    expect(await ok('saveTicketExport', { number: '1', format: 'md' })).toEqual({
      path: '/tmp/x.md',
    })
    expect(await ok('saveTicketExport', { number: '1', format: 'pdf' })).toEqual({
      path: '/tmp/x.pdf',
    })
    expect(hooks.savePdf).toHaveBeenCalledWith({ html: 'html:1', filename: 'chamado-1.pdf' })
    expect(await ok('saveBulkExport', { format: 'json' })).toEqual({ path: '/tmp/x.md' })
    expect(await ok('pickKnowledgeFolder')).toEqual({ dir: '/kb' })
    expect(await ok('pickImportFile')).toEqual({ content: '[]', name: 'b.json' })
    expect(await ok('openExternal', { url: 'https://example.org/a' })).toEqual({ opened: true })
    expect(await call('openExternal', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await ok('windowCommand', { command: 'open-article', articleId: FAKE_ARTICLE })).toEqual(
      {
        ok: true,
      },
    )
    expect(await call('windowCommand', { command: 'open-article' })).toMatchObject({ ok: false })
    expect(await ok('hotkeyStatus')).toMatchObject({ registered: true })
  })
})
