import { describe, expect, it, vi } from 'vitest'
import { createLookupController, type WindowLike } from './lookup'

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
