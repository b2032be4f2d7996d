import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { HostInfo, HotkeyStatus, KnowledgeStatus, LintReport } from '../../../core/api/types'
import { useApi } from '../api/handle'
import { CANCELLED, useBusyStore } from './busy'
import { useNoticeStore } from './notices'

/** What the host can do, and the state of the knowledge folders it indexes. */
export const useHostStore = defineStore('host', () => {
  const info = ref<HostInfo | null>(null)
  const hotkey = ref<HotkeyStatus | null>(null)
  const knowledge = ref<KnowledgeStatus | null>(null)
  const lint = ref<LintReport | null>(null)

  async function load(): Promise<void> {
    const { api } = useApi()
    try {
      const [i, k] = await Promise.all([api.hostInfo({}), api.knowledgeStatus({})])
      info.value = i
      knowledge.value = k
      if (i.settingsReset)
        useNoticeStore().info('notice.settingsReset', { path: i.settingsReset.backupPath })
    } catch (error) {
      useNoticeStore().fail(error)
    }
  }
  async function loadSettingsExtras(): Promise<void> {
    const { api } = useApi()
    try {
      const [h, l, k] = await Promise.all([
        api.hotkeyStatus({}),
        api.lintReport({}),
        api.knowledgeStatus({}),
      ])
      hotkey.value = h
      lint.value = l
      knowledge.value = k
    } catch (error) {
      useNoticeStore().fail(error)
    }
  }
  async function addRoot(dir: string): Promise<boolean> {
    const { api } = useApi()
    try {
      const result = await useBusyStore().run('busy.addingFolder', api.addKnowledgeRoot({ dir }))
      if (result === CANCELLED) {
        useNoticeStore().info('busy.cancelled')
        return false
      }
      knowledge.value = result
      lint.value = await api.lintReport({})
      return true
    } catch (error) {
      useNoticeStore().fail(error)
      return false
    }
  }
  async function removeRoot(dir: string): Promise<void> {
    const { api } = useApi()
    try {
      knowledge.value = await api.removeKnowledgeRoot({ dir })
      lint.value = await api.lintReport({})
    } catch (error) {
      useNoticeStore().fail(error)
    }
  }
  async function pickFolder(): Promise<string | null> {
    try {
      return (await useApi().api.pickKnowledgeFolder({})).dir
    } catch (error) {
      useNoticeStore().fail(error)
      return null
    }
  }
  return {
    info,
    hotkey,
    knowledge,
    lint,
    load,
    loadSettingsExtras,
    addRoot,
    removeRoot,
    pickFolder,
  }
})
