import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import type { ExportFile } from '../../../core/api/types'
import type { Ticket, TicketSummary } from '../../../core/tickets/types'
import { useApi } from '../api/handle'
import { useNoticeStore } from './notices'

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
  async function open(input: {
    number: string
    requester?: string
    organization?: string
    articleIds?: string[]
  }): Promise<Ticket | null> {
    try {
      const ticket = await useApi().api.openTicket(input)
      activeNumber.value = ticket.number
      active.value = ticket
      await refreshList()
      return active.value
    } catch (error) {
      notices().fail(error)
      return null
    }
  }
  async function activate(number: string): Promise<void> {
    try {
      active.value = await useApi().api.getTicket({ number })
      activeNumber.value = number
    } catch (error) {
      notices().fail(error)
    }
  }
  function deactivate(): void {
    activeNumber.value = ''
    active.value = null
  }
  async function call(work: () => Promise<Ticket>): Promise<Ticket | null> {
    try {
      return adopt(await work())
    } catch (error) {
      notices().fail(error)
      return null
    }
  }
  const requireActive = (): string | null => active.value?.number ?? null

  const close = (number: string) => call(() => useApi().api.closeTicket({ number }))
  const reopen = (number: string) => call(() => useApi().api.reopenTicket({ number }))
  async function link(articleId: string): Promise<void> {
    const number = requireActive()
    if (number) await call(() => useApi().api.linkArticle({ number, articleId }))
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
    open,
    activate,
    deactivate,
    close,
    reopen,
    link,
    setStep,
    setStepNote,
    exportTicket,
  }
})
