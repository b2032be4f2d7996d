// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import App from '../App.vue'
import { useArticleStore } from './article'
import { useNoticeStore } from './notices'
import { useSearchStore } from './search'
import { useTicketsStore } from './tickets'
import { CERTIFICATE_ID, STATUS_ID } from '../test-support/knowledge'
import { closeMemoryApis } from '../test-support/memory-api'
import { mountWithApi, settle } from '../test-support/mount'

afterEach(async () => {
  document.body.innerHTML = ''
  localStorage.clear()
  window.location.hash = ''
  await closeMemoryApis()
})

describe('ticket workspaces', () => {
  it('brings back each ticket’s article, checklist and scroll exactly on every switch', async () => {
    window.location.hash = '#/'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    const { wrapper, api } = await mountWithApi(App)
    await settle()
    const tickets = useTicketsStore()
    const articles = useArticleStore()

    await tickets.open({ number: 'A-1', requester: 'Ana' })
    await articles.open(CERTIFICATE_ID)
    await settle()
    const stepsA = (await api.api.getArticle({ id: CERTIFICATE_ID })).steps
    const first = stepsA[0]
    const totalB = (await api.api.getArticle({ id: STATUS_ID })).steps.length
    await tickets.setStep(CERTIFICATE_ID, first.key, true)
    await settle()
    const pane = () => document.querySelector<HTMLElement>('[data-scroll-key="article"]')!
    pane().scrollTop = 120

    await tickets.open({ number: 'B-2', requester: 'Bruno' })
    await settle()
    // A new ticket starts empty: no article, nothing linked.
    expect(articles.current).toBeNull()
    expect((await api.api.getTicket({ number: 'B-2' })).articles).toEqual([])
    await articles.open(STATUS_ID)
    await settle()
    pane().scrollTop = 40

    const title = () => wrapper.get('#article-title').text()
    const bar = () => wrapper.get('[data-testid="bar-progress"]').text()
    const panel = () => wrapper.get('[data-testid="checklist-progress"]').text()
    for (let round = 0; round < 5; round++) {
      await tickets.switchTo('A-1')
      await settle()
      expect(title()).toContain('mesmo certificado digital')
      expect(bar()).toBe(`1/${stepsA.length} passos`)
      expect(panel()).toBe(`1 de ${stepsA.length} passos feitos`)
      expect(pane().scrollTop).toBe(120)
      expect(wrapper.get('[data-testid="active-ticket"]').text()).toContain('Ana')

      await tickets.switchTo('B-2')
      await settle()
      expect(title()).toContain('parado no status 4')
      expect(bar()).toBe(`0/${totalB} passos`)
      expect(panel()).toBe(`0 de ${totalB} passos feitos`)
      expect(pane().scrollTop).toBe(40)
    }
    // Switching never linked an article to the wrong ticket.
    expect((await api.api.getTicket({ number: 'A-1' })).articles).toEqual([CERTIFICATE_ID])
    expect((await api.api.getTicket({ number: 'B-2' })).articles).toEqual([STATUS_ID])
  })

  it('keeps each ticket’s search: the message pasted for one is not on screen for another', async () => {
    window.location.hash = '#/'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    const { wrapper } = await mountWithApi(App)
    await settle()
    const tickets = useTicketsStore()
    const search = useSearchStore()
    const box = () => wrapper.get<HTMLInputElement>('#search-input').element.value

    // Searched with no ticket active, then a ticket opened for it: the search moves along.
    search.setQuery('certificado homologacao')
    await settle()
    await tickets.open({ number: 'A-1' })
    await settle()
    expect(box()).toBe('certificado homologacao')
    expect(search.results.length).toBeGreaterThan(0)

    // A new ticket opened from another starts with an empty search.
    await tickets.open({ number: 'B-2' })
    await settle()
    expect(box()).toBe('')
    search.setQuery('gearman')
    await settle()
    await useArticleStore().open(search.results[0].id)
    await settle()
    expect(useNoticeStore().notices.map((n) => n.key)).toContain('ticket.linkedNotice')

    await tickets.switchTo('A-1')
    await settle()
    expect(box()).toBe('certificado homologacao')
    expect(search.answered).toBe('certificado homologacao')
    // B-2's "vinculado" notice, with its undo, is not about A-1.
    expect(useNoticeStore().notices.map((n) => n.key)).not.toContain('ticket.linkedNotice')
    await tickets.switchTo('B-2')
    await settle()
    expect(box()).toBe('gearman')
    // The ticketless workspace gave its search away: it is empty again.
    await tickets.deactivate()
    await settle()
    expect(box()).toBe('')
  })
})
