// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useArticleStore } from '../stores/article'
import { useTicketsStore } from '../stores/tickets'
import { mountWithFake, settle } from '../test-support/mount'
import ReplyPanel from './ReplyPanel.vue'

const Host = defineComponent({ setup: () => () => h(ReplyPanel) })

afterEach(() => {
  document.body.innerHTML = ''
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('ReplyPanel', () => {
  it('fills the reply from the ticket, flags an invalid NUP, and copies text and HTML', async () => {
    const written: unknown[] = []
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: {
        write: async (items: unknown[]) => void written.push(...items),
        writeText: async (text: string) => void written.push(text),
      },
    })
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly items: Record<string, Blob>) {}
      },
    )
    const { wrapper, fake } = mountWithFake(Host)
    await useTicketsStore().open({ number: '3201224', requester: 'Maria Silva' })
    await useArticleStore().open('fake:tramita/ambiente-de-testes')
    await settle()
    const preview = () => wrapper.get('.reply-text').text()
    expect(preview()).toContain('Prezado(a) Maria Silva,')
    expect(preview()).toContain('chamado de número 3201224')
    expect(preview()).toContain('Ana Atendente')
    expect((wrapper.get('#reply-field-requester').element as HTMLInputElement).value).toBe(
      'Maria Silva',
    )

    await wrapper.get('#reply-field-protocol').setValue('123')
    await settle(300)
    expect(wrapper.get('#reply-field-protocol').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('.field-error').exists()).toBe(true)
    await wrapper.get('#reply-field-protocol').setValue('00000.000001/2024-11')
    await settle(300)
    expect(wrapper.find('.field-error').exists()).toBe(false)
    expect(preview()).toContain('00000.000001/2024-11')
    const saved = await fake.api.getTicket({ number: '3201224' })
    expect(saved.replyValues['fake:tramita/ambiente-de-testes'].protocol).toBe(
      '00000.000001/2024-11',
    )

    await wrapper.get('[data-action="copy-reply"]').trigger('click')
    await settle()
    expect(fake.calls.filter((c) => c.method === 'copyReply')).toHaveLength(1)
    const item = written[0] as { items: Record<string, Blob> }
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain'])
    expect(await item.items['text/plain'].text()).toContain('Maria Silva')

    await wrapper.get('[data-action="copy-plain"]').trigger('click')
    await settle()
    expect(written[1]).toContain('Maria Silva')
    const history = (await fake.api.getTicket({ number: '3201224' })).history
    expect(history.filter((e) => e.type === 'reply-copied')).toHaveLength(2)
  })

  it('says clearly when the article has no reply', async () => {
    const { wrapper } = mountWithFake(Host)
    await useArticleStore().open('fake:sei/modulo-assinatura')
    await settle()
    expect(wrapper.text()).toContain('ainda não tem modelo de resposta')
    expect(wrapper.find('[data-action="copy-reply"]').exists()).toBe(false)
  })

  it('places the steps done only when the agent asks, and says where each value came from', async () => {
    const { wrapper, fake } = mountWithFake(Host)
    const tickets = useTicketsStore()
    await tickets.open({ number: '3201224', requester: 'Maria Silva' })
    await useArticleStore().open('fake:tramita/ambiente-de-testes')
    await settle()
    const preview = () => wrapper.get('.reply-text').text()
    const toggle = () => wrapper.get('[data-action="insert-steps"]')
    expect(wrapper.find('#reply-field-steps-done').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('vazio')
    expect(wrapper.get('label[for="reply-field-requester"]').text()).toContain(
      'do chamado #3201224',
    )
    expect(wrapper.get('label[for="reply-field-protocol"]').text()).toContain('a preencher')
    expect(wrapper.get('#reply-field-protocol-hint').text()).toContain('{Protocolo}')
    expect((toggle().element as HTMLInputElement).disabled).toBe(true)
    expect(wrapper.text()).toContain('Marque passos no checklist')

    const id = 'fake:tramita/ambiente-de-testes'
    await tickets.setStep(id, 'confirmar-status-6', true)
    await settle()
    expect((toggle().element as HTMLInputElement).disabled).toBe(false)
    expect(preview()).not.toContain('Passos realizados')
    await toggle().setValue(true)
    await settle(300)
    expect(preview()).toContain('Passos realizados:')
    expect(preview()).toContain('- Confirmar no painel que o trâmite está no status 6.')
    expect(preview().indexOf('Passos realizados')).toBeLessThan(preview().indexOf('Atenciosamente'))

    // A step checked later joins the placed list.
    await tickets.setStep(id, 'identificar-ambiente', true)
    await settle(300)
    expect(preview()).toContain('- Identificar o ambiente que recebeu o processo.')
    const saved = await fake.api.getTicket({ number: '3201224' })
    expect(saved.replyValues[id]['steps-done']).toContain('Identificar o ambiente')

    await toggle().setValue(false)
    await settle(300)
    expect(preview()).not.toContain('Passos realizados')
  })
})
