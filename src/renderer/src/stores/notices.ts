import { defineStore } from 'pinia'
import { ref } from 'vue'
import { toUiError, type UiError } from '../api/errors'

export interface Notice {
  id: number
  kind: 'info' | 'error'
  /** i18n key and params of the message. */
  key: string
  params?: Record<string, unknown>
  error?: UiError
}

/** Messages shown to the person: confirmations and errors (translated where shown). */
export const useNoticeStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let next = 1

  function info(key: string, params?: Record<string, unknown>): void {
    notices.value = [
      ...notices.value.filter((n) => n.kind !== 'info'),
      { id: next++, kind: 'info', key, params },
    ]
  }
  function fail(error: unknown): UiError {
    const ui = toUiError(error)
    notices.value = [
      ...notices.value,
      { id: next++, kind: 'error', key: `error.${ui.code}`, params: ui.params, error: ui },
    ]
    return ui
  }
  function dismiss(id: number): void {
    notices.value = notices.value.filter((n) => n.id !== id)
  }
  return { notices, info, fail, dismiss }
})
