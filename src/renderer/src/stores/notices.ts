import { defineStore } from 'pinia'
import { ref } from 'vue'
import { toUiError, type UiError } from '../api/errors'

/** How long a confirmation stays; errors stay until the person dismisses them. */
export const INFO_NOTICE_MS = 5000
/** More at once would push the work area away; the oldest give way. */
export const MAX_NOTICES = 3

export interface NoticeAction {
  /** i18n key of the button. */
  key: string
  run: () => void | Promise<void>
}

export interface Notice {
  id: number
  kind: 'info' | 'error'
  /** i18n key and params of the message. */
  key: string
  params?: Record<string, unknown>
  error?: UiError
  action?: NoticeAction
}

/** Messages shown to the person: confirmations leave by themselves, errors when dismissed. */
export const useNoticeStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  const timers = new Map<number, ReturnType<typeof setTimeout>>()
  let next = 1

  function push(notice: Notice): void {
    // The same message again replaces the one shown instead of piling up.
    const same = (n: Notice) =>
      n.kind === notice.kind && n.key === notice.key && n.error?.detail === notice.error?.detail
    let list = [...notices.value.filter((n) => !same(n)), notice]
    while (list.length > MAX_NOTICES) {
      const oldest = list.find((n) => n.kind === 'info') ?? list[0]
      list = list.filter((n) => n !== oldest)
    }
    for (const id of timers.keys()) if (!list.some((n) => n.id === id)) forget(id)
    notices.value = list
    if (notice.kind === 'info')
      timers.set(
        notice.id,
        setTimeout(() => dismiss(notice.id), INFO_NOTICE_MS),
      )
  }
  function forget(id: number): void {
    clearTimeout(timers.get(id))
    timers.delete(id)
  }
  function info(key: string, params?: Record<string, unknown>, action?: NoticeAction): void {
    push({ id: next++, kind: 'info', key, params, action })
  }
  function fail(error: unknown): UiError {
    const ui = toUiError(error)
    push({ id: next++, kind: 'error', key: `error.${ui.code}`, params: ui.params, error: ui })
    return ui
  }
  /** Runs an action the agent asked for; a failure is shown as an error notice. */
  async function attempt(action: () => Promise<void>): Promise<void> {
    try {
      await action()
    } catch (error) {
      fail(error)
    }
  }
  function dismiss(id: number): void {
    forget(id)
    notices.value = notices.value.filter((n) => n.id !== id)
  }
  /** Takes back the confirmations with this message: what they said no longer holds. */
  function withdraw(key: string): void {
    for (const n of notices.value) if (n.kind === 'info' && n.key === key) dismiss(n.id)
  }
  return { notices, info, fail, attempt, dismiss, withdraw }
})
