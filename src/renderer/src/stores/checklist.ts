import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ChecklistView } from '../../../core/tickets/checklist'
import { useApi } from '../api/handle'
import { useNoticeStore } from './notices'

/** The checklist of the article on screen with what the active ticket recorded, from the API. */
export const useChecklistStore = defineStore('checklist', () => {
  const view = ref<ChecklistView | null>(null)
  const articleId = ref<string | null>(null)
  const number = ref<string | null>(null)
  let sequence = 0

  async function load(id: string | null, ticket: string | null): Promise<void> {
    const mine = ++sequence
    if (id !== articleId.value || ticket !== number.value) view.value = null
    articleId.value = id
    number.value = ticket
    if (!id) return
    try {
      const result = await useApi().api.getChecklist({
        articleId: id,
        ...(ticket ? { number: ticket } : {}),
      })
      if (mine === sequence) view.value = result
    } catch (error) {
      if (mine === sequence) useNoticeStore().fail(error)
    }
  }
  return { view, articleId, number, load }
})
