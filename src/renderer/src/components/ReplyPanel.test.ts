// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useArticleStore } from '../stores/article'
import { useTicketsStore } from '../stores/tickets'
import { CERTIFICATE_ID, STUB_ID } from '../test-support/knowledge'
import { closeMemoryApis } from '../test-support/memory-api'
import { mountWithApi, settle } from '../test-support/mount'
import ReplyPanel from './ReplyPanel.vue'

const Host = defineComponent({ setup: () => () => h(ReplyPanel) })

afterEach(async () => {
  document.body.innerHTML = ''
  localStorage.clear()
  vi.unstubAllGlobals()
  await closeMemoryApis()
})

function stubClipboard(): unknown[] {
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
  return written
}

describe('ReplyPanel', () => {
  it('fills the reply from the ticket, flags a wrong NUP with its digits, and copies', async () => {
    const written = stubClipboard()
    const { wrapper, api } = await mountWithApi(Host)
    await useTicketsStore().open({ number: '3201224', requester: 'Maria Silva' })
    await useArticleStore().open(CERTIFICATE_ID)
    await settle()
    const preview = () => wrapper.get('.reply-text').text()
    expect(preview()).toContain('Prezado(a) Maria Silva,')
    expect(preview()).toContain('chamado de número 3201224')
    expect(preview()).toContain('Ana Atendente')
    expect((wrapper.get('#reply-field-requester').element as HTMLInputElement).value).toBe(
      'Maria Silva',
    )

    // Check digits wrong: the message gives the expected digits as digits, from the API.
    await wrapper.get('#reply-field-protocol').setValue('95190.000148/2021-02')
    await settle(300)
    expect(wrapper.get('#reply-field-protocol').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('.field-error').text()).toContain('termina em 01')
    expect(wrapper.get('.field-error').text()).not.toContain('-01')
    await wrapper.get('#reply-field-protocol').setValue('95190.000148/2021-01')
    await settle(300)
    expect(wrapper.find('.field-error').exists()).toBe(false)
    expect(preview()).toContain('95190.000148/2021-01')
    const saved = await api.api.getTicket({ number: '3201224' })
    expect(saved.replyValues[CERTIFICATE_ID].protocol).toBe('95190.000148/2021-01')

    await wrapper.get('[data-action="copy-reply"]').trigger('click')
    await settle()
    expect(api.calls.filter((c) => c.method === 'copyReply')).toHaveLength(1)
    const item = written[0] as { items: Record<string, Blob> }
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain'])
    expect(await item.items['text/plain'].text()).toContain('Maria Silva')

    await wrapper.get('[data-action="copy-plain"]').trigger('click')
    await settle()
    expect(written[1]).toContain('Maria Silva')
    const history = (await api.api.getTicket({ number: '3201224' })).history
    expect(history.filter((e) => e.type === 'reply-copied')).toHaveLength(2)
  })

  it('says what it copies when the article has no reply', async () => {
    stubClipboard()
    const { wrapper } = await mountWithApi(Host)
    await useArticleStore().open(STUB_ID)
    await settle()
    expect(wrapper.text()).toContain('ainda não tem modelo de resposta pronto')
    expect(wrapper.get('[data-action="copy-reply"]').text()).toContain(
      'Copiar saudação e encerramento',
    )
    await wrapper.get('[data-action="copy-reply"]').trigger('click')
    await settle()
    expect(document.body.textContent).not.toContain('Resposta copiada.')
  })

  it('places the steps done only when the agent asks, from the API', async () => {
    const { wrapper, api } = await mountWithApi(Host)
    const tickets = useTicketsStore()
    await tickets.open({ number: '3201224', requester: 'Maria Silva' })
    await useArticleStore().open(CERTIFICATE_ID)
    await settle()
    const [first, second] = (await api.api.getArticle({ id: CERTIFICATE_ID })).steps
    const preview = () => wrapper.get('.reply-text').text()
    const toggle = () => wrapper.get('[data-action="insert-steps"]')
    expect(wrapper.find('#reply-field-steps-done').exists()).toBe(false)
    expect(wrapper.get('label[for="reply-field-requester"]').text()).toContain(
      'do chamado #3201224',
    )
    expect(wrapper.get('label[for="reply-field-protocol"]').text()).toContain('a preencher')
    expect(wrapper.get('#reply-field-protocol-hint').text()).toContain('{Informe o Protocolo Aqui}')
    expect((toggle().element as HTMLInputElement).disabled).toBe(true)
    expect(wrapper.text()).toContain('Marque passos no checklist')

    await tickets.setStep(CERTIFICATE_ID, first.key, true)
    await settle()
    expect((toggle().element as HTMLInputElement).disabled).toBe(false)
    expect(preview()).not.toContain(first.label)
    await toggle().setValue(true)
    await settle(300)
    expect(preview()).toContain(`- ${first.label}`)
    expect(preview().indexOf(first.label)).toBeLessThan(preview().indexOf('Atenciosamente'))

    // A step checked later joins the placed list.
    await tickets.setStep(CERTIFICATE_ID, second.key, true)
    await settle(300)
    expect(preview()).toContain(`- ${second.label}`)
    const saved = await api.api.getTicket({ number: '3201224' })
    expect(saved.replyValues[CERTIFICATE_ID]['steps-done']).toContain(second.label)

    await toggle().setValue(false)
    await settle(300)
    expect(preview()).not.toContain(first.label)
  })
})
