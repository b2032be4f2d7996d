/** The global hotkey: registration with its failure reported, re-registered when settings change. */
import type { HotkeyStatus } from '../core/api/types'

export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean
  unregister(accelerator: string): void
  isRegistered(accelerator: string): boolean
}

export interface HotkeyManager {
  apply(accelerator: string): HotkeyStatus
  status(): HotkeyStatus
  dispose(): void
}

/** Registers `accelerator`; a refusal (taken by another app, invalid) is reported, not thrown. */
export function createHotkeyManager(
  shortcut: GlobalShortcutLike,
  onPress: () => void,
): HotkeyManager {
  let current: HotkeyStatus = { accelerator: '', registered: false, error: null, available: true }
  const release = () => {
    if (current.registered) shortcut.unregister(current.accelerator)
  }
  return {
    apply(accelerator) {
      const wanted = accelerator.trim()
      if (current.registered && current.accelerator === wanted) return current
      release()
      if (!wanted) {
        current = { accelerator: '', registered: false, error: null, available: true }
        return current
      }
      let registered = false
      let error: string | null = null
      try {
        registered = shortcut.register(wanted, onPress)
        if (!registered)
          error = `O atalho ${wanted} já está em uso por outro programa ou pelo sistema. Escolha outro nas configurações.`
      } catch (cause) {
        error = `Atalho inválido: ${wanted} (${cause instanceof Error ? cause.message : String(cause)}).`
      }
      current = { accelerator: wanted, registered, error, available: true }
      return current
    },
    status: () => current,
    dispose() {
      release()
      current = { ...current, registered: false }
    },
  }
}
