// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import App from '../App.vue'
import { useArticleStore } from './article'
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
})
