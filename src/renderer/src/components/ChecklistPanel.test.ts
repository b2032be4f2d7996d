// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useArticleStore } from '../stores/article'
import { useNoticeStore } from '../stores/notices'
import { useTicketsStore } from '../stores/tickets'
import { CERTIFICATE_ID } from '../test-support/knowledge'
import { closeMemoryApis } from '../test-support/memory-api'
import { mountWithApi, settle } from '../test-support/mount'
import ChecklistPanel from './ChecklistPanel.vue'

const Host = defineComponent({ setup: () => () => h(ChecklistPanel) })

afterEach(async () => {
  document.body.innerHTML = ''
  localStorage.clear()
  await closeMemoryApis()
})

describe('ChecklistPanel', () => {
  it('is read-only without a ticket, then records checks and notes on the active ticket', async () => {
    const { wrapper, api } = await mountWithApi(Host)
    await useArticleStore().open(CERTIFICATE_ID)
    await settle()
    const boxes = () => wrapper.findAll<HTMLInputElement>('input.step-check')
    const steps = (await api.api.getArticle({ id: CERTIFICATE_ID })).steps
    const [first, second] = steps
    expect(steps.length).toBeGreaterThanOrEqual(2)
    expect(boxes()).toHaveLength(steps.length)
    expect(boxes()[0].element.disabled).toBe(true)
    expect(wrapper.text()).toContain('Abra ou escolha um chamado')

    await useTicketsStore().open({ number: '3201224', requester: 'Maria Silva' })
    await useArticleStore().open(CERTIFICATE_ID)
    await settle()
    expect(boxes()[0].element.disabled).toBe(false)
    // Space on a focused native checkbox is a click: the same change event.
    boxes()[0].element.focus()
    await boxes()[0].setValue(true)
    await settle()
    expect(api.calls.some((c) => c.method === 'setStep')).toBe(true)
    const ticket = await api.api.getTicket({ number: '3201224' })
    expect(ticket.steps[CERTIFICATE_ID][first.key].done).toBe(true)
    expect(wrapper.get('[data-testid="checklist-progress"]').text()).toBe(
      `1 de ${steps.length} passos feitos`,
    )
    // Every step counts (no case left out), so there is nothing to explain.
    expect(wrapper.find('.progress-hint').exists()).toBe(false)
    expect(wrapper.find('.done-at').exists()).toBe(true)

    // A long, multi-line note is kept whole, and the counter says how long it is.
    const long = 'ambiente de homologação\n'.repeat(125).slice(0, 3000)
    const note = wrapper.findAll('textarea.step-note-input')[1]
    await note.trigger('focus')
    await note.setValue(long)
    await note.trigger('blur')
    await settle()
    const after = await api.api.getTicket({ number: '3201224' })
    expect(after.steps[CERTIFICATE_ID][second.key].note).toBe(long)
    expect(wrapper.findAll('.note-count')[1].text()).toContain('3.000 de 10.000')

    await boxes()[0].setValue(false)
    await settle()
    const unchecked = await api.api.getTicket({ number: '3201224' })
    expect(unchecked.steps[CERTIFICATE_ID][first.key].done).toBe(false)
  })

  it('moves between steps with the arrow keys and shows removed steps apart', async () => {
    const { wrapper, api } = await mountWithApi(Host)
    await useTicketsStore().open({ number: 'A-1' })
    // A step recorded when the article still had it: restored from a backup, as the real
    // knowledge here cannot change under the test.
    const backup = JSON.parse((await api.api.backupTickets({})).content)
    const record = backup.tickets.find((t: { number: string }) => t.number === 'A-1')
    record.articles = [CERTIFICATE_ID]
    record.steps = {
      [CERTIFICATE_ID]: {
        'passo-antigo': { done: true, at: record.createdAt, note: '', label: 'passo-antigo' },
      },
    }
    record.updatedAt = new Date(Date.parse(record.updatedAt) + 60_000).toISOString()
    await api.api.importTickets({ content: JSON.stringify(backup) })
    await useTicketsStore().refresh()
    await useArticleStore().open(CERTIFICATE_ID)
    await settle()
    const boxes = wrapper.findAll<HTMLInputElement>('input.step-check')
    boxes[0].element.focus()
    await boxes[0].trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(boxes[1].element)
    expect(wrapper.get('.removed-steps').text()).toContain('passo-antigo')
    // The panel shows the core's progress: a removed step done still counts (see progress.ts).
    const n = (await api.api.getArticle({ id: CERTIFICATE_ID })).steps.length
    expect(wrapper.get('[data-testid="checklist-progress"]').text()).toBe(
      `1 de ${n + 1} passos feitos`,
    )
    const summary = (await api.api.listTickets({})).find((t) => t.number === 'A-1')!
    expect([summary.stepsDone, summary.stepsTotal]).toEqual([1, n + 1])
  })

  it('says whether the article is linked to the active ticket and takes the link back or gives it', async () => {
    const { wrapper, api } = await mountWithApi(Host)
    const state = () => wrapper.get('[data-testid="link-state"]')
    await useArticleStore().open(CERTIFICATE_ID)
    await settle()
    // No ticket: nothing to link to.
    expect(wrapper.find('[data-testid="link-state"]').exists()).toBe(false)

    await useTicketsStore().open({ number: 'L-7' })
    await useArticleStore().open(CERTIFICATE_ID)
    await settle()
    expect(state().text()).toContain('Vinculado ao chamado #L-7.')
    expect(useNoticeStore().notices.map((n) => n.key)).toContain('ticket.linkedNotice')
    await state().get('button').trigger('click')
    await settle()
    expect((await api.api.getTicket({ number: 'L-7' })).articles).toEqual([])
    expect(state().text()).toContain('Não vinculado ao chamado #L-7.')
    // The notice's undo would now undo nothing: it is taken back.
    expect(useNoticeStore().notices.map((n) => n.key)).not.toContain('ticket.linkedNotice')

    const notices = useNoticeStore().notices.length
    await state().get('button').trigger('click')
    await settle()
    expect((await api.api.getTicket({ number: 'L-7' })).articles).toEqual([CERTIFICATE_ID])
    expect(state().text()).toContain('Vinculado ao chamado #L-7.')
    // Given by hand: the control shows it, so no notice is added.
    expect(useNoticeStore().notices.length).toBe(notices)
  })
})
