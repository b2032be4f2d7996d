// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { useArticleStore } from '../stores/article'
import { useTicketsStore } from '../stores/tickets'
import { mountWithFake, settle } from '../test-support/mount'
import TicketBar from './TicketBar.vue'

afterEach(() => {
  document.body.innerHTML = ''
  localStorage.clear()
})

describe('TicketBar', () => {
  it('opens a ticket from the form, links the open article, and switches tickets', async () => {
    const { wrapper, fake } = mountWithFake(TicketBar)
    await settle()
    expect(wrapper.text()).toContain('Nenhum chamado ativo')
    await useArticleStore().open('fake:tramita/ambiente-de-testes')

    await wrapper.get('[data-action="new-ticket"]').trigger('click')
    expect(document.activeElement?.id).toBe('ticket-number')
    await wrapper.get('#ticket-number').setValue('bad number!')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('#ticket-number-error').text()).toContain('letras, dígitos')
    expect(fake.calls.some((c) => c.method === 'openTicket')).toBe(false)

    await wrapper.get('#ticket-number').setValue('3201224')
    await wrapper.get('#ticket-requester').setValue('Maria Silva')
    await wrapper.get('#ticket-organization').setValue('Ministério X')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.get('[data-testid="active-ticket"]').text()).toContain('#3201224')
    expect(wrapper.text()).toContain('Maria Silva')
    expect(wrapper.text()).toContain('0/4 passos')
    expect((await fake.api.getTicket({ number: '3201224' })).articles).toEqual([
      'fake:tramita/ambiente-de-testes',
    ])
    expect(localStorage.getItem('roteiro.activeTicket')).toBe('3201224')

    await useTicketsStore().open({ number: '999', requester: 'João' })
    await settle()
    expect(wrapper.text()).toContain('#999')
    await wrapper.get('#ticket-switch').setValue('3201224')
    await settle()
    expect(wrapper.get('[data-testid="active-ticket"]').text()).toContain('#3201224')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Encerrar')!
      .trigger('click')
    await settle()
    expect(wrapper.text()).toContain('encerrado')
    expect(wrapper.findAll('button').some((b) => b.text() === 'Reabrir')).toBe(true)
  })
})
