import { describe, expect, it, vi } from 'vitest'
import { shouldHideOnClose, trayTemplate } from './tray-menu'

describe('tray and close', () => {
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
