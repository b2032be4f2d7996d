import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiArgs } from '../../../core/api/contract'
import type { Settings } from '../../../core/api/types'
import { useApi } from '../api/handle'
import { useNoticeStore } from './notices'

/** The agent's settings, as the host keeps them. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null)

  async function load(): Promise<void> {
    try {
      settings.value = await useApi().api.getSettings({})
    } catch (error) {
      useNoticeStore().fail(error)
    }
  }
  async function update(patch: ApiArgs<'updateSettings'>): Promise<boolean> {
    try {
      settings.value = await useApi().api.updateSettings(patch)
      return true
    } catch (error) {
      useNoticeStore().fail(error)
      return false
    }
  }
  return { settings, load, update }
})
