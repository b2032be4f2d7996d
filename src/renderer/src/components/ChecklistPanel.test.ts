// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useArticleStore } from '../stores/article'
import { useTicketsStore } from '../stores/tickets'
import { mountWithFake, settle } from '../test-support/mount'
import ChecklistPanel from './ChecklistPanel.vue'

const ARTICLE = 'fake:tramita/ambiente-de-testes'
const Host = defineComponent({ setup: () => () => h(ChecklistPanel) })

afterEach(() => {
  document.body.innerHTML = ''
  localStorage.clear()
})

describe('ChecklistPanel', () => {
  it('is read-only without a ticket, then records checks and notes on the active ticket', async () => {
    const { wrapper, fake } = mountWithFake(Host)
    await useArticleStore().open(ARTICLE)
    await settle()
    const boxes = () => wrapper.findAll<HTMLInputElement>('input.step-check')
    expect(boxes()).toHaveLength(4)
    expect(boxes()[0].element.disabled).toBe(true)
    expect(wrapper.text()).toContain('Abra ou escolha um chamado')

    await useTicketsStore().open({ number: '3201224', requester: 'Maria Silva' })
    await settle()
    expect(boxes()[0].element.disabled).toBe(false)
    // Space on a focused native checkbox is a click: the same change event.
    boxes()[0].element.focus()
    await boxes()[0].setValue(true)
    await settle()
    expect(fake.calls.some((c) => c.method === 'setStep')).toBe(true)
    const ticket = await fake.api.getTicket({ number: '3201224' })
    expect(ticket.steps[ARTICLE]['confirmar-status-6'].done).toBe(true)
    expect(wrapper.text()).toContain('1 de 4 passos feitos')
    expect(wrapper.find('.done-at').exists()).toBe(true)

    const note = wrapper.findAll('input.step-note')[1]
    await note.setValue('ambiente de homologação')
    await note.trigger('change')
    await settle()
    const after = await fake.api.getTicket({ number: '3201224' })
    expect(after.steps[ARTICLE]['identificar-ambiente'].note).toBe('ambiente de homologação')

    await boxes()[0].setValue(false)
    await settle()
    expect(
      (await fake.api.getTicket({ number: '3201224' })).steps[ARTICLE]['confirmar-status-6'].done,
    ).toBe(false)
  })

  it('moves between steps with the arrow keys and shows removed steps apart', async () => {
    const { wrapper, fake } = mountWithFake(Host)
    await useTicketsStore().open({ number: 'A-1' })
    await fake.api.setStep({
      number: 'A-1',
      articleId: ARTICLE,
      stepKey: 'passo-antigo',
      done: true,
    })
    await useTicketsStore().refresh()
    await useArticleStore().open(ARTICLE)
    await settle()
    const boxes = wrapper.findAll<HTMLInputElement>('input.step-check')
    boxes[0].element.focus()
    await boxes[0].trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(boxes[1].element)
    expect(wrapper.get('.removed-steps').text()).toContain('passo-antigo')
  })
})
