import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ArticleView } from '../../../core/api/types'
import { useApi } from '../api/handle'
import { useNoticeStore } from './notices'
import { useTicketsStore } from './tickets'

/** The article on screen. Opening one while a ticket is active links it to that ticket. */
export const useArticleStore = defineStore('article', () => {
  const current = ref<ArticleView | null>(null)
  const loading = ref(false)
  let sequence = 0
  let inflight: { id: string; promise: Promise<ArticleView | null> } | null = null

  /** Opens an article; a second call for the article being loaded shares the first one. */
  function open(id: string): Promise<ArticleView | null> {
    if (inflight?.id === id) return inflight.promise
    const promise = load(id).finally(() => {
      if (inflight?.promise === promise) inflight = null
    })
    inflight = { id, promise }
    return promise
  }
  async function load(id: string): Promise<ArticleView | null> {
    const mine = ++sequence
    loading.value = true
    try {
      const view = await useApi().api.getArticle({ id })
      if (mine !== sequence) return null
      current.value = view
      const tickets = useTicketsStore()
      if (tickets.active && tickets.active.status === 'open') await tickets.link(view.id)
      return view
    } catch (error) {
      if (mine === sequence) useNoticeStore().fail(error)
      return null
    } finally {
      if (mine === sequence) loading.value = false
    }
  }
  /** Resolves a link to the published wiki to a local article id, offline; null when absent. */
  async function resolveWikiLink(url: string): Promise<string | null> {
    try {
      return (await useApi().api.resolveWikiLink({ url })).articleId
    } catch {
      return null
    }
  }
  async function openExternal(url: string): Promise<boolean> {
    try {
      return (await useApi().api.openExternal({ url })).opened
    } catch {
      return false
    }
  }
  function clear(): void {
    sequence++
    inflight = null
    current.value = null
  }
  return { current, loading, open, resolveWikiLink, openExternal, clear }
})
