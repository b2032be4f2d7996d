import { defineStore } from 'pinia'
import { useLocalStorage } from '@vueuse/core'
import { nextTick } from 'vue'

/**
 * What one ticket's work area holds besides its record: the article on screen, the scroll, and
 * what was searched for it (often the requester's pasted message).
 */
export interface Workspace {
  articleId: string | null
  /** scrollTop of every pane marked `data-scroll-key`, by key. */
  scroll: Record<string, number>
  /** The search box's text; absent in workspaces saved before it was kept. */
  query?: string
}

/** Key of the work area used while no ticket is active. */
export const NO_TICKET = ''
/**
 * A kept query is cut here: the search reads no more of it (20,000 characters), and every
 * ticket's workspace shares the window's local storage.
 */
export const MAX_KEPT_QUERY = 20_000

const empty = (): Workspace => ({ articleId: null, scroll: {}, query: '' })

/**
 * One workspace per ticket, remembered by this window: switching tickets saves the one left and
 * brings back the one chosen exactly as it was. Records (steps, replies) live in the API; this
 * is only where the agent was.
 */
export const useWorkspaceStore = defineStore('workspace', () => {
  const saved = useLocalStorage<Record<string, Workspace>>('roteiro.workspaces', {})

  function get(number: string): Workspace {
    return saved.value[number] ?? empty()
  }
  function set(number: string, patch: Partial<Workspace>): void {
    const kept = patch.query === undefined ? {} : { query: patch.query.slice(0, MAX_KEPT_QUERY) }
    saved.value = { ...saved.value, [number]: { ...get(number), ...patch, ...kept } }
  }
  /** Remembers, for `number`, the scroll of the panes on screen and the search box's `query`. */
  function capture(number: string, query: string): void {
    const scroll: Record<string, number> = {}
    for (const pane of document.querySelectorAll<HTMLElement>('[data-scroll-key]'))
      scroll[pane.dataset.scrollKey!] = pane.scrollTop
    set(number, { scroll, query })
  }
  /** Puts the panes back where `number` left them, once they are rendered. */
  async function restoreScroll(number: string): Promise<void> {
    const { scroll } = get(number)
    // Two ticks and a frame: the article, checklist and reply render after their data arrives.
    await nextTick()
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)))
    await nextTick()
    for (const pane of document.querySelectorAll<HTMLElement>('[data-scroll-key]'))
      pane.scrollTop = scroll[pane.dataset.scrollKey!] ?? 0
  }
  function forget(number: string): void {
    const { [number]: _, ...rest } = saved.value
    saved.value = rest
  }
  return { saved, get, set, capture, restoreScroll, forget }
})
