/** The contract's host methods: settings, host facts, and what only some hosts can do (hooks). */
import { ApiError, type ApiEvent, type ApiImplementation } from '../../core/api/contract'
import type { HostInfo } from '../../core/api/types'
import type { SettingsStore } from '../settings'
import type { HostHooks } from './hooks'
import type { KnowledgeState } from './knowledge-state'
import { isSafeExternalUrl } from './url-policy'

export interface HostApiOptions {
  host: HostInfo
  hooks: HostHooks
  settings: SettingsStore
  knowledge: KnowledgeState
  emit: (event: ApiEvent) => void
}

type HostMethods = Pick<
  ApiImplementation,
  | 'getSettings'
  | 'updateSettings'
  | 'hotkeyStatus'
  | 'hostInfo'
  | 'pickKnowledgeFolder'
  | 'pickImportFile'
  | 'openExternal'
  | 'windowCommand'
>

/** Throws ApiError('unsupported') for a feature this host has no hook for. */
export function unsupported(what: string): never {
  throw new ApiError('unsupported', `${what} não está disponível neste modo (use o aplicativo).`, {
    feature: what,
  })
}

/** Builds the settings and host methods of the API. */
export function hostApi(options: HostApiOptions): HostMethods {
  const { host, hooks, settings, knowledge, emit } = options
  return {
    getSettings: async () => settings.get(),
    updateSettings: async (patch) => {
      const updated = settings.update(patch)
      emit({ type: 'settings-changed' })
      return updated
    },
    hotkeyStatus: async () =>
      hooks.hotkeyStatus?.() ?? {
        accelerator: settings.get().hotkey,
        registered: false,
        error: null,
        available: false,
      },
    hostInfo: async () => {
      const reset = settings.recovery
      return {
        ...host,
        settingsReset: reset ? { backupPath: reset.backupPath, resetKeys: reset.resetKeys } : null,
      }
    },
    pickKnowledgeFolder: async () => {
      if (!hooks.pickFolder) unsupported('Escolher pasta')
      return { dir: await hooks.pickFolder() }
    },
    pickImportFile: async () => {
      if (!hooks.pickFile) unsupported('Escolher arquivo')
      const picked = await hooks.pickFile()
      return { content: picked?.content ?? null, name: picked?.name ?? null }
    },
    openExternal: async ({ url }) => {
      if (!hooks.openExternal) unsupported('Abrir link externo')
      if (!isSafeExternalUrl(url))
        throw new ApiError('forbidden', 'Só links http, https e mailto podem ser abertos.')
      return { opened: await hooks.openExternal(url) }
    },
    windowCommand: async (command) => {
      if (!hooks.windowCommand) unsupported('Comando de janela')
      if (command.command === 'open-article') {
        if (!command.articleId) throw new ApiError('bad-arguments', 'articleId: obrigatório')
        await knowledge.article(command.articleId)
      }
      await hooks.windowCommand(command)
      return { ok: true as const }
    },
  }
}
