import { describe, expect, it, vi } from 'vitest'
import { createHotkeyManager, type GlobalShortcutLike } from './hotkey'

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
