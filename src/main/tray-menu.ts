/** The tray menu as a plain template (Menu.buildFromTemplate takes it as is). */

const LABELS = {
  'pt-BR': {
    open: 'Abrir o Roteiro',
    lookup: 'Consulta rápida',
    active: (n: string) => `Chamado ativo: ${n}`,
    noActive: 'Nenhum chamado aberto',
    quit: 'Sair',
  },
  en: {
    open: 'Open Roteiro',
    lookup: 'Quick lookup',
    active: (n: string) => `Active ticket: ${n}`,
    noActive: 'No open ticket',
    quit: 'Quit',
  },
}

export interface TrayActions {
  open(): void
  lookup(): void
  openTicket(number: string): void
  quit(): void
}

export interface TrayItem {
  label?: string
  type?: 'separator'
  enabled?: boolean
  accelerator?: string
  click?: () => void
}

/** Menu items: open, lookup (with its hotkey shown), the active ticket, quit. */
export function trayTemplate(input: {
  language: 'pt-BR' | 'en'
  hotkey: string | null
  activeTicket: string | null
  actions: TrayActions
}): TrayItem[] {
  const t = LABELS[input.language] ?? LABELS['pt-BR']
  const { actions, activeTicket } = input
  return [
    { label: t.open, click: () => actions.open() },
    {
      label: t.lookup,
      ...(input.hotkey ? { accelerator: input.hotkey } : {}),
      click: () => actions.lookup(),
    },
    { type: 'separator' },
    activeTicket
      ? { label: t.active(activeTicket), click: () => actions.openTicket(activeTicket) }
      : { label: t.noActive, enabled: false },
    { type: 'separator' },
    { label: t.quit, click: () => actions.quit() },
  ]
}

/** Close button: hide to the tray when the setting says so, unless the app is quitting. */
export function shouldHideOnClose(state: {
  closeToTray: boolean
  quitting: boolean
  hasTray: boolean
}) {
  return state.closeToTray && state.hasTray && !state.quitting
}
