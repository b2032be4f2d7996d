import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ArticleView } from '../../../core/api/types'
import { useApi } from '../api/handle'
import { useNoticeStore } from './notices'
import { useTicketsStore } from './tickets'
import { NO_TICKET, useWorkspaceStore } from './workspace'

/**
 * The article on screen. Opening one while a ticket is active links it to that ticket; a preview
 * (the search result highlighted with the arrows) shows it without touching the ticket.
 */
export const useArticleStore = defineStore('article', () => {
  const current = ref<ArticleView | null>(null)
  /** True while `current` is only previewed: no checklist, no reply, not linked to the ticket. */
  const previewing = ref(false)
  const loading = ref(false)
  let sequence = 0
  let intent = 0
  let inflight: { id: string; promise: Promise<ArticleView | null> } | null = null

  /** Fetches an article; a second call for the article being fetched shares the first one. */
  function fetch(id: string): Promise<ArticleView | null> {
    if (current.value?.id === id) return Promise.resolve(current.value)
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
      return mine === sequence ? view : null
    } catch (error) {
      if (mine === sequence) useNoticeStore().fail(error)
      return null
    } finally {
      if (mine === sequence) loading.value = false
    }
  }
  /** Shows an article for work in the active ticket's workspace, without linking it. */
  async function show(id: string): Promise<ArticleView | null> {
    const mine = ++intent
    const view = await fetch(id)
    if (!view || mine !== intent) return null
    current.value = view
    previewing.value = false
    useWorkspaceStore().set(useTicketsStore().activeNumber || NO_TICKET, { articleId: view.id })
    return view
  }
  /**
   * Opens an article for work (the agent chose it): shows it with its checklist and links it to
   * the active ticket.
   */
  async function open(id: string): Promise<ArticleView | null> {
    const view = await show(id)
    if (!view) return null
    const tickets = useTicketsStore()
    const ticket = tickets.active
    // Linking an article already linked changes nothing, but would still announce a change.
    if (ticket && ticket.status === 'open' && !ticket.articles.includes(view.id))
      await tickets.link(view.id)
    return view
  }
  /** Shows an article read-only; the article already open stays open. */
  async function preview(id: string): Promise<ArticleView | null> {
    if (current.value?.id === id) return current.value
    const mine = ++intent
    const view = await fetch(id)
    if (!view || mine !== intent) return null
    current.value = view
    previewing.value = true
    return view
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
    intent++
    inflight = null
    current.value = null
    previewing.value = false
  }
  return { current, previewing, loading, show, open, preview, resolveWikiLink, openExternal, clear }
})
