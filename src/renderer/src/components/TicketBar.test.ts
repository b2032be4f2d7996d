// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useArticleStore } from '../stores/article'
import { useTicketsStore } from '../stores/tickets'
import { CERTIFICATE_ID } from '../test-support/knowledge'
import { closeMemoryApis } from '../test-support/memory-api'
import { mountWithApi, settle } from '../test-support/mount'
import NoticeArea from './NoticeArea.vue'
import TicketBar from './TicketBar.vue'

const Host = defineComponent({ setup: () => () => [h(TicketBar), h(NoticeArea)] })

afterEach(async () => {
  document.body.innerHTML = ''
  localStorage.clear()
  await closeMemoryApis()
})

const button = (wrapper: { findAll: (s: string) => { text(): string }[] }, text: string) =>
  wrapper.findAll('button').find((b) => b.text() === text) as unknown as {
    trigger: (e: string) => Promise<void>
  }

describe('TicketBar', () => {
  it('opens a new ticket empty, linking the article on screen only when asked', async () => {
    const { wrapper, api } = await mountWithApi(Host)
    await settle()
    expect(wrapper.text()).toContain('Nenhum chamado ativo')
    await useArticleStore().open(CERTIFICATE_ID)

    await wrapper.get('[data-action="new-ticket"]').trigger('click')
    expect(document.activeElement?.id).toBe('ticket-number')
    await wrapper.get('#ticket-number').setValue('bad number!')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('#ticket-number-error').text()).toContain('letras, dígitos')
    expect(api.calls.some((c) => c.method === 'openTicket')).toBe(false)

    expect((wrapper.get('#ticket-link-current').element as HTMLInputElement).checked).toBe(false)
    await wrapper.get('#ticket-number').setValue('3201224')
    await wrapper.get('#ticket-requester').setValue('Maria Silva')
    await wrapper.get('#ticket-organization').setValue('Ministério X')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.get('[data-testid="active-ticket"]').text()).toContain('#3201224')
    expect(wrapper.text()).toContain('Maria Silva')
    const first = await api.api.getTicket({ number: '3201224' })
    expect(first.articles).toEqual([])
    expect(first.history.map((e) => e.type)).toEqual(['opened'])
    // The new ticket's workspace starts empty.
    expect(useArticleStore().current).toBeNull()

    await useArticleStore().open(CERTIFICATE_ID)
    await wrapper.get('[data-action="new-ticket"]').trigger('click')
    await wrapper.get('#ticket-number').setValue('999')
    await wrapper.get('#ticket-link-current').setValue(true)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect((await api.api.getTicket({ number: '999' })).articles).toEqual([CERTIFICATE_ID])
    expect(useArticleStore().current?.id).toBe(CERTIFICATE_ID)
    const n = (await api.api.getArticle({ id: CERTIFICATE_ID })).steps.length
    expect(wrapper.text()).toContain(`0/${n} passos`)
  })

  it('offers to open an existing number and never changes its details silently', async () => {
    const { wrapper, api } = await mountWithApi(Host)
    await useTicketsStore().open({ number: '100', requester: 'Maria', organization: 'Órgão A' })
    await useTicketsStore().open({ number: '200' })
    await settle()
    await wrapper.get('[data-action="new-ticket"]').trigger('click')
    await wrapper.get('#ticket-number').setValue('100')
    await wrapper.get('#ticket-requester').setValue('Outra Pessoa')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[data-testid="ticket-exists"]').text()).toContain('#100')
    expect(api.calls.filter((c) => c.method === 'openTicket')).toHaveLength(2)
    await wrapper.get('[data-action="open-existing"]').trigger('click')
    await settle()
    expect(wrapper.get('[data-testid="active-ticket"]').text()).toContain('#100')
    const kept = await api.api.getTicket({ number: '100' })
    expect(kept.requester).toBe('Maria')

    // Details change through an explicit edit, recorded in the history.
    await wrapper.get('[data-action="edit-ticket"]').trigger('click')
    await wrapper.get('#edit-requester').setValue('Maria Souza')
    await wrapper.get('form').trigger('submit')
    await settle()
    const edited = await api.api.getTicket({ number: '100' })
    expect(edited.requester).toBe('Maria Souza')
    expect(edited.history.at(-1)?.type).toBe('details-edited')
  })

  it('switches only on Enter or a click, never on the arrows', async () => {
    const { wrapper } = await mountWithApi(Host)
    const tickets = useTicketsStore()
    await tickets.open({ number: 'A-1', requester: 'Ana' })
    await tickets.open({ number: 'B-2', requester: 'Bruno' })
    await settle()
    const active = () => wrapper.get('[data-testid="active-ticket"]').text()
    expect(active()).toContain('#B-2')
    await wrapper.get('#ticket-switch').trigger('keydown', { key: 'ArrowDown' })
    await settle()
    const list = wrapper.get('#ticket-switch-list')
    expect(document.activeElement).toBe(list.element)
    await list.trigger('keydown', { key: 'ArrowDown' })
    await list.trigger('keydown', { key: 'ArrowUp' })
    await list.trigger('keydown', { key: 'ArrowDown' })
    await settle()
    expect(active()).toContain('#B-2')
    const highlighted = wrapper.get('#ticket-switch-list li.highlighted').attributes('data-ticket')
    await list.trigger('keydown', { key: 'Enter' })
    await settle()
    expect(active()).toContain(`#${highlighted}`)
    expect(highlighted).not.toBe('B-2')

    await wrapper.get('#ticket-switch').trigger('click')
    await wrapper.get('#ticket-switch-list li[data-ticket="B-2"]').trigger('click')
    await settle()
    expect(active()).toContain('#B-2')
  })

  it('says what closing did, offers undo, and keeps the closed ticket on screen', async () => {
    const { wrapper, api } = await mountWithApi(Host)
    await useTicketsStore().open({ number: '3201224', requester: 'Maria Silva' })
    await settle()
    await button(wrapper, 'Encerrar').trigger('click')
    await settle()
    expect(wrapper.get('[data-testid="active-ticket"]').text()).toContain('encerrado')
    expect(wrapper.get('.notice-info').text()).toContain('Chamado #3201224 encerrado')
    expect(wrapper.findAll('button').some((b) => b.text() === 'Reabrir')).toBe(true)
    await button(wrapper, 'Desfazer').trigger('click')
    await settle()
    expect((await api.api.getTicket({ number: '3201224' })).status).toBe('open')
    expect(wrapper.get('[data-testid="active-ticket"]').text()).not.toContain('encerrado')
  })
})
