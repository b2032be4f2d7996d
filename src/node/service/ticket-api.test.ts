import { afterEach, describe, expect, it, vi } from 'vitest'
import { closeFakeServices, FAKE_ARTICLE, startFakeService } from './testing/fake-service'

afterEach(closeFakeServices)

describe('ticket methods', () => {
  it('records a ticket through its life and emits tickets-changed', async () => {
    const { ok, events } = await startFakeService()
    await ok('openTicket', { number: '123/2025', requester: 'Maria', articleIds: [FAKE_ARTICLE] })
    await ok('updateTicket', { number: '123/2025', notes: 'ligou' })
    await ok('linkArticle', { number: '123/2025', articleId: 'kb/tramite.rst' })
    const stepped = (await ok('setStep', {
      number: '123/2025',
      articleId: FAKE_ARTICLE,
      stepKey: 'k0',
      done: true,
    })) as { steps: Record<string, Record<string, { label: string }>> }
    expect(stepped.steps[FAKE_ARTICLE].k0.label).toBe('Conferir o certificado')
    await ok('setStepNote', {
      number: '123/2025',
      articleId: FAKE_ARTICLE,
      stepKey: 'k1',
      note: 'ok',
    })
    await ok('setReplyValues', { number: '123/2025', articleId: FAKE_ARTICLE, values: { x: 'y' } })
    const list = (await ok('listTickets', { status: 'open' })) as { stepsTotal: number }[]
    expect(list[0].stepsTotal).toBe(2)
    expect(((await ok('closeTicket', { number: '123/2025' })) as { status: string }).status).toBe(
      'closed',
    )
    await ok('reopenTicket', { number: '123/2025' })
    expect(((await ok('getTicket', { number: '123/2025' })) as { notes: string }).notes).toBe(
      'ligou',
    )
    expect(events.filter((e) => e.type === 'tickets-changed').length).toBeGreaterThanOrEqual(7)
  })

  it('keeps what was recorded when a call fails', async () => {
    const { ok, call, tickets } = await startFakeService()
    await ok('openTicket', { number: 'A-1' })
    await ok('setStep', { number: 'A-1', articleId: FAKE_ARTICLE, stepKey: 'k0', done: true })
    const before = structuredClone(tickets.map.get('A-1'))
    for (const [method, args, code] of [
      [
        'setStep',
        { number: 'A-1', articleId: FAKE_ARTICLE, stepKey: 'zz', done: true },
        'not-found',
      ],
      [
        'setStep',
        { number: 'A-1', articleId: FAKE_ARTICLE, stepKey: 'k0', done: 'yes' },
        'bad-arguments',
      ],
      ['linkArticle', { number: 'A-1', articleId: 'kb/none.rst' }, 'not-found'],
      ['getTicket', { number: 'B-2' }, 'not-found'],
      ['openTicket', { number: 'bad number!' }, 'bad-arguments'],
      ['openTicket', { number: 'A-2', articleIds: ['kb/none.rst'] }, 'not-found'],
    ] as const) {
      expect(await call(method, args), method).toMatchObject({ ok: false, error: { code } })
    }
    expect(tickets.map.get('A-1')).toEqual(before)
    expect(tickets.map.has('A-2')).toBe(false)
  })

  it('keeps a recorded step label when the article no longer has the step', async () => {
    const { ok, tickets } = await startFakeService()
    await ok('openTicket', { number: 'C-3' })
    tickets.map.get('C-3')!.steps[FAKE_ARTICLE] = {
      gone: { done: true, at: 'x', note: '', label: 'Passo antigo' },
    }
    const t = (await ok('setStep', {
      number: 'C-3',
      articleId: FAKE_ARTICLE,
      stepKey: 'gone',
      done: false,
    })) as { steps: Record<string, Record<string, { label: string; done: boolean }>> }
    expect(t.steps[FAKE_ARTICLE].gone).toMatchObject({ label: 'Passo antigo', done: false })
  })
})

describe('replies', () => {
  it('fills replies from the ticket and settings and records copies', async () => {
    const writeClipboard = vi.fn(async () => undefined)
    const { ok, call, tickets } = await startFakeService({ writeClipboard })
    await ok('openTicket', { number: '9', requester: 'João' })
    const view = (await ok('renderReply', { articleId: FAKE_ARTICLE, number: '9' })) as {
      text: string
    }
    expect(view.text).toBe('Prezado(a) João, Certificado digital em ambientes diferentes.')
    const over = (await ok('renderReply', {
      articleId: FAKE_ARTICLE,
      values: { requester: 'Ana' },
    })) as {
      text: string
    }
    expect(over.text).toContain('Ana')
    const copied = (await ok('copyReply', {
      articleId: FAKE_ARTICLE,
      number: '9',
      plainOnly: true,
    })) as {
      copiedByHost: boolean
    }
    expect(copied.copiedByHost).toBe(true)
    expect(writeClipboard).toHaveBeenCalledWith({ text: view.text, html: null })
    expect(tickets.map.get('9')!.history.map((h) => h.type)).toContain('reply-copied')
    expect((await call('renderReply', { articleId: FAKE_ARTICLE, number: '404' })).ok).toBe(false)
  })

  it('copies without a host clipboard and says so', async () => {
    const { ok } = await startFakeService()
    const r = (await ok('copyReply', { articleId: FAKE_ARTICLE })) as { copiedByHost: boolean }
    expect(r.copiedByHost).toBe(false)
  })
})
