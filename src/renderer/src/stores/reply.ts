import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ReplyView } from '../../../core/api/types'
import { useApi } from '../api/handle'
import { useNoticeStore } from './notices'

/** Pause after typing in a reply field before it is re-rendered and saved on the ticket. */
export const REPLY_FIELD_DEBOUNCE_MS = 250

/** The filled reply of the current article for the active ticket, and its fill-in values. */
export const useReplyStore = defineStore('reply', () => {
  const view = ref<ReplyView | null>(null)
  /** Values the agent typed (field id → value); fields not typed keep the host's defaults. */
  const values = ref<Record<string, string>>({})
  const articleId = ref<string | null>(null)
  const number = ref<string | null>(null)
  let sequence = 0
  let timer: ReturnType<typeof setTimeout> | null = null

  async function render(): Promise<void> {
    if (!articleId.value) return
    const mine = ++sequence
    try {
      const result = await useApi().api.renderReply({
        articleId: articleId.value,
        ...(number.value ? { number: number.value } : {}),
        values: { ...values.value },
      })
      if (mine === sequence) view.value = result
    } catch (error) {
      if (mine === sequence) useNoticeStore().fail(error)
    }
  }
  async function load(id: string, ticket: string | null): Promise<void> {
    if (timer) await flush()
    articleId.value = id
    number.value = ticket
    values.value = {}
    view.value = null
    await render()
  }
  function setValue(fieldId: string, value: string): void {
    values.value = { ...values.value, [fieldId]: value }
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void flush(), REPLY_FIELD_DEBOUNCE_MS)
  }
  /** Renders with the typed values and saves them on the ticket. */
  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    await render()
    if (number.value && articleId.value && Object.keys(values.value).length) {
      try {
        await useApi().api.setReplyValues({
          number: number.value,
          articleId: articleId.value,
          values: { ...values.value },
        })
      } catch (error) {
        useNoticeStore().fail(error)
      }
    }
  }
  /** Records the copy on the ticket (and, on the desktop, writes the clipboard). */
  async function copy(plainOnly = false): Promise<(ReplyView & { copiedByHost: boolean }) | null> {
    if (!articleId.value) return null
    if (timer) await flush()
    try {
      return await useApi().api.copyReply({
        articleId: articleId.value,
        ...(number.value ? { number: number.value } : {}),
        values: { ...values.value },
        plainOnly,
      })
    } catch (error) {
      useNoticeStore().fail(error)
      return null
    }
  }
  /** Renders again with the same values (the ticket changed: steps, details). */
  const refresh = () => render()
  return { view, values, articleId, number, load, setValue, flush, refresh, copy }
})
