// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { useArticleStore } from '../stores/article'
import { useTicketsStore } from '../stores/tickets'
import { closeMemoryApis } from '../test-support/memory-api'
import { mountWithApi, settle } from '../test-support/mount'
import SearchView from './SearchView.vue'

afterEach(async () => {
  document.body.innerHTML = ''
  localStorage.clear()
  location.hash = ''
  await closeMemoryApis()
})

describe('SearchView', () => {
  it('previews the highlighted result and opens it on Enter, linking it only then', async () => {
    const { wrapper, api: fake } = await mountWithApi(SearchView)
    await useTicketsStore().open({ number: '3201224', requester: 'Maria Silva' })
    expect(wrapper.text()).toContain('Escolha um artigo')
    const input = wrapper.get('#search-input')
    await input.setValue('tramite processo certificado status')
    await settle(250)
    const titles = wrapper.findAll('.hit-title').map((h) => h.text())
    expect(titles.length).toBeGreaterThan(1)
    expect(wrapper.find('.preview-note').exists()).toBe(true)
    expect(wrapper.get('#article-title').text()).toBe(titles[0])
    expect(wrapper.find('#checklist').exists()).toBe(false)

    await input.trigger('keydown', { key: 'ArrowDown' })
    await settle(250)
    expect(wrapper.get('#article-title').text()).toBe(titles[1])
    expect(wrapper.find('.preview-note').exists()).toBe(true)
    let ticket = await fake.api.getTicket({ number: '3201224' })
    expect(ticket.articles).toHaveLength(0)

    await input.trigger('keydown', { key: 'Enter' })
    await settle()
    expect(wrapper.find('.preview-note').exists()).toBe(false)
    expect(wrapper.find('#checklist').exists()).toBe(true)
    expect(document.activeElement?.id).toBe('article-title')
    ticket = await fake.api.getTicket({ number: '3201224' })
    expect(ticket.articles).toEqual([useArticleStore().current?.id])

    // An article the agent opened stays while a new query is typed, until the arrows move.
    await input.setValue('assinatura')
    await settle(250)
    expect(wrapper.get('#article-title').text()).toBe(titles[1])
    expect(wrapper.find('#checklist').exists()).toBe(true)
  })
})
