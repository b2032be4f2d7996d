import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import type { ExportFile } from '../../../core/api/types'
import type { Ticket, TicketSummary } from '../../../core/tickets/types'
import { useApi } from '../api/handle'
import { useArticleStore } from './article'
import { useNoticeStore } from './notices'
import { useSearchStore } from './search'
import { NO_TICKET, useWorkspaceStore } from './workspace'

export type TicketExportFormat = 'md' | 'csv' | 'json' | 'html' | 'pdf'

/** Tickets (chamados): the active one (remembered by this window), the list, and step records. */
export const useTicketsStore = defineStore('tickets', () => {
  // Which ticket is "active" is a UI notion of this window; the records live in the API.
  const activeNumber = useLocalStorage('roteiro.activeTicket', '')
  const active = ref<Ticket | null>(null)
  const list = ref<TicketSummary[]>([])
  const notices = () => useNoticeStore()

  const activeSummary = computed(
    () => list.value.find((t) => t.number === active.value?.number) ?? null,
  )

  async function refresh(): Promise<void> {
    const { api } = useApi()
    try {
      list.value = await api.listTickets({})
      if (activeNumber.value) {
        try {
          active.value = await api.getTicket({ number: activeNumber.value })
        } catch {
          active.value = null
          activeNumber.value = ''
        }
      } else active.value = null
    } catch (error) {
      notices().fail(error)
    }
  }
  function adopt(ticket: Ticket): Ticket {
    if (ticket.number === activeNumber.value) active.value = ticket
    void refreshList()
    return ticket
  }
  async function refreshList(): Promise<void> {
    try {
      list.value = await useApi().api.listTickets({})
    } catch (error) {
      notices().fail(error)
    }
  }
  /** The ticket with this number, or null when there is none (or it cannot be read). */
  async function find(number: string): Promise<Ticket | null> {
    try {
      return await useApi().api.getTicket({ number })
    } catch {
      return null
    }
  }
  /**
   * Opens a new ticket in a workspace of its own: empty, or with the article on screen when the
   * agent chose to link it (`articleIds`).
   */
  async function open(input: {
    number: string
    requester?: string
    organization?: string
    articleIds?: string[]
  }): Promise<Ticket | null> {
    try {
      const ticket = await useApi().api.openTicket(input)
      const workspaces = useWorkspaceStore()
      // What was searched with no ticket active, or to find the article linked now, is this
      // ticket's: it moves along. Otherwise the new ticket starts with an empty search.
      const fromNoTicket = !activeNumber.value
      const carry = fromNoTicket || !!input.articleIds?.length
      workspaces.set(ticket.number, {
        articleId: input.articleIds?.[0] ?? null,
        scroll: {},
        query: carry ? useSearchStore().query : '',
      })
      await switchTo(ticket.number, ticket)
      if (fromNoTicket) workspaces.set(NO_TICKET, { query: '' })
      await refreshList()
      return active.value
    } catch (error) {
      notices().fail(error)
      return null
    }
  }
  /**
   * Makes `number` the active ticket: the workspace left is saved (article, scroll, search) and
   * the one chosen is brought back as it was.
   */
  async function switchTo(number: string | null, known?: Ticket): Promise<boolean> {
    const workspaces = useWorkspaceStore()
    const articles = useArticleStore()
    const leaving = activeNumber.value || NO_TICKET
    if (number === (active.value?.number ?? null) && !known) return true
    const search = useSearchStore()
    workspaces.capture(leaving, search.query)
    let next: Ticket | null = known ?? null
    if (number && !next) {
      try {
        next = await useApi().api.getTicket({ number })
      } catch (error) {
        notices().fail(error)
        return false
      }
    }
    active.value = next
    activeNumber.value = next?.number ?? ''
    // A notice about the ticket left ("vinculado ao chamado #A", with its undo) is not about this one.
    notices().withdraw('ticket.linkedNotice')
    const target = workspaces.get(next?.number ?? NO_TICKET)
    if ((target.query ?? '') !== search.query) search.setQuery(target.query ?? '')
    if (target.articleId) await articles.show(target.articleId)
    else articles.clear()
    await workspaces.restoreScroll(next?.number ?? NO_TICKET)
    return true
  }
  const activate = (number: string) => switchTo(number)
  /** At start-up: brings back the active ticket's workspace (its search, article, scroll). */
  async function restoreWorkspace(): Promise<void> {
    const key = activeNumber.value || NO_TICKET
    const { articleId, query } = useWorkspaceStore().get(key)
    if (query) useSearchStore().setQuery(query)
    if (articleId) await useArticleStore().show(articleId)
    await useWorkspaceStore().restoreScroll(key)
  }
  const deactivate = () => switchTo(null)
  async function call(work: () => Promise<Ticket>): Promise<Ticket | null> {
    try {
      return adopt(await work())
    } catch (error) {
      notices().fail(error)
      return null
    }
  }
  const requireActive = (): string | null => active.value?.number ?? null

  const reopen = (number: string) => call(() => useApi().api.reopenTicket({ number }))
  /**
   * Closes a ticket and says so, with an undo. The workspace stays on it, read-only, so the
   * agent sees what was closed (never a blank switcher).
   */
  async function close(number: string): Promise<Ticket | null> {
    const closed = await call(() => useApi().api.closeTicket({ number }))
    if (closed)
      notices().info(
        'ticket.closedNotice',
        { number },
        { key: 'ticket.undo', run: () => void reopen(number) },
      )
    return closed
  }
  /** Changes requester and organization: an explicit edit, recorded in the ticket's history. */
  const editDetails = (number: string, details: { requester: string; organization: string }) =>
    call(() => useApi().api.updateTicket({ number, ...details }))
  /**
   * Links an article to the active ticket and says so, with an undo: opening an article links
   * it, and an agent who looks up the next ticket's article before switching to that ticket
   * must be able to take the link back at once. A link given by hand (`announce: false`) needs
   * no notice: the control that gave it shows the new state.
   */
  async function link(articleId: string, options: { announce?: boolean } = {}): Promise<void> {
    const number = requireActive()
    if (!number) return
    const linked = await call(() => useApi().api.linkArticle({ number, articleId }))
    if (linked && options.announce !== false)
      notices().info(
        'ticket.linkedNotice',
        { number },
        { key: 'ticket.undo', run: () => void unlink(number, articleId) },
      )
  }
  /** Unlinks an article from a ticket; what was recorded on it stays on the ticket. */
  function unlink(number: string, articleId: string): Promise<Ticket | null> {
    notices().withdraw('ticket.linkedNotice')
    return call(() => useApi().api.unlinkArticle({ number, articleId }))
  }
  async function setStep(articleId: string, stepKey: string, done: boolean): Promise<void> {
    const number = requireActive()
    if (number) await call(() => useApi().api.setStep({ number, articleId, stepKey, done }))
  }
  async function setStepNote(articleId: string, stepKey: string, note: string): Promise<void> {
    const number = requireActive()
    if (number) await call(() => useApi().api.setStepNote({ number, articleId, stepKey, note }))
  }
  /** Desktop: a save dialog writes the file ({path}); browser: the file to download ({file}). */
  async function exportTicket(
    number: string,
    format: TicketExportFormat,
    nativeDialogs: boolean,
  ): Promise<{ file?: ExportFile; path?: string | null } | null> {
    const { api } = useApi()
    try {
      if (nativeDialogs) return { path: (await api.saveTicketExport({ number, format })).path }
      const file = await api.exportTicket({ number, format: format === 'pdf' ? 'html' : format })
      return { file }
    } catch (error) {
      notices().fail(error)
      return null
    }
  }
  return {
    activeNumber,
    active,
    activeSummary,
    list,
    refresh,
    refreshList,
    find,
    open,
    switchTo,
    restoreWorkspace,
    activate,
    deactivate,
    close,
    reopen,
    editDetails,
    link,
    unlink,
    setStep,
    setStepNote,
    exportTicket,
  }
})
