import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/contract'
import { makeArticle, step } from './__fixtures__/articles'
import { checklistView, summarizeTicket } from './checklist'
import {
  closeTicket,
  createTicket,
  linkArticle,
  reopenTicket,
  setNotes,
  setStep,
  setStepNote,
  unlinkArticle,
  updateDetails,
} from './model'
import { checkTicketNumber } from './number'
import { migrateTicket, TicketSchemaError } from './schema'

function clock(start = '2026-11-26T10:00:00.000Z') {
  let t = Date.parse(start)
  return () => new Date((t += 60_000))
}

describe('ticket number', () => {
  it('accepts what agents type, trimmed', () => {
    expect(checkTicketNumber('  3201224 ')).toEqual({ ok: true, number: '3201224' })
    expect(checkTicketNumber('INC-2026/001.a')).toEqual({ ok: true, number: 'INC-2026/001.a' })
  })
  it('refuses bad numbers with a Portuguese message', () => {
    expect(checkTicketNumber('')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/vazio/),
    })
    expect(checkTicketNumber('12 34')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/letras, dígitos/),
    })
    expect(checkTicketNumber('chamado#1')).toMatchObject({ ok: false })
    expect(checkTicketNumber('1'.repeat(41))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/40/),
    })
    expect(checkTicketNumber('1'.repeat(40))).toMatchObject({ ok: true })
  })
  it('createTicket throws ApiError for a bad number', () => {
    expect(() => createTicket({ number: '../x y' }, clock())).toThrow(ApiError)
  })
})

describe('ticket model', () => {
  const article = makeArticle()

  it('creates, links, checks steps with notes, closes and reopens, keeping history', () => {
    const now = clock()
    let t = createTicket(
      { number: '3201224', requester: ' Maria Silva ', organization: 'MGI' },
      now,
    )
    expect(t).toMatchObject({ requester: 'Maria Silva', status: 'open', articles: [] })
    t = setStep(t, article, { stepKey: 'passo-1', done: true, note: 'status 6' }, now)
    expect(t.articles).toEqual([article.id])
    expect(t.steps[article.id]['passo-1']).toMatchObject({
      done: true,
      note: 'status 6',
      label: 'Confirmar o status do trâmite',
    })
    t = setStep(t, article, { stepKey: 'passo-1', done: false }, now)
    expect(t.steps[article.id]['passo-1']).toMatchObject({ done: false, note: 'status 6' })
    t = setStepNote(t, article, 'passo-2', 'aguardando', now)
    t = setNotes(t, 'ligar amanhã', now)
    t = updateDetails(t, { organization: 'ME' }, now)
    t = closeTicket(t, now)
    expect(t.status).toBe('closed')
    expect(t.closedAt).toBe(t.updatedAt)
    expect(() => setStep(t, article, { stepKey: 'passo-3', done: true }, now)).toThrow(/encerrado/)
    t = reopenTicket(t, now)
    expect(t).toMatchObject({ status: 'open', closedAt: null })
    expect(t.history.map((e) => e.type)).toEqual([
      'opened',
      'article-linked',
      'step-checked',
      'step-note',
      'step-unchecked',
      'step-unchecked',
      'step-note',
      'note-edited',
      'details-edited',
      'closed',
      'reopened',
    ])
    expect(migrateTicket(JSON.parse(JSON.stringify(t)))).toEqual(t)
  })

  it('does not change its input', () => {
    const now = clock()
    const t = createTicket({ number: '1' }, now)
    const frozen = JSON.stringify(t)
    setStep(t, article, { stepKey: 'passo-2', done: true }, now)
    linkArticle(t, 'other', now)
    expect(JSON.stringify(t)).toBe(frozen)
  })

  it('unlinks an article and keeps what was recorded on it', () => {
    const now = clock()
    const checked = setStep(
      createTicket({ number: '1', articleIds: [article.id] }, now),
      article,
      { stepKey: 'passo-2', done: true },
      now,
    )
    const t = unlinkArticle(checked, article.id, now)
    expect(t.articles).toEqual([])
    expect(t.steps[article.id]['passo-2'].done).toBe(true)
    expect(t.history.at(-1)).toMatchObject({ type: 'article-unlinked', articleId: article.id })
    expect(unlinkArticle(t, article.id, now)).toBe(t)
    expect(migrateTicket(JSON.parse(JSON.stringify(t)))).toEqual(t)
    const closed = closeTicket(linkArticle(t, article.id, now), now)
    expect(() => unlinkArticle(closed, article.id, now)).toThrow(ApiError)
  })

  it('refuses a step that is neither in the article nor recorded', () => {
    const t = createTicket({ number: '1' }, clock())
    expect(() => setStep(t, article, { stepKey: 'nope', done: true }, clock())).toThrow(
      /não existe/,
    )
  })

  it('keeps steps that left the article and reports them as orphans', () => {
    const now = clock()
    let t = createTicket({ number: '1' }, now)
    t = setStep(t, article, { stepKey: 'passo-2', done: true, note: 'feito' }, now)
    t = setStep(t, article, { stepKey: 'passo-3', done: true }, now)
    const edited = makeArticle({
      steps: [step(0, 'Confirmar o status do trâmite'), step(1, 'Passo novo', 'novo')],
    })
    const view = checklistView(t, edited)
    // Done steps that left the article still count (progress.ts): 2 done of 2 current + 2 removed.
    expect(view.total).toBe(4)
    expect(view.done).toBe(2)
    expect(view.steps.map((s) => s.key)).toEqual(['passo-1', 'novo'])
    expect(view.orphans).toEqual([
      expect.objectContaining({
        key: 'passo-2',
        label: 'Identificar o ambiente que recebeu',
        done: true,
        note: 'feito',
      }),
      expect.objectContaining({
        key: 'passo-3',
        label: 'Orientar a devolução à origem',
        done: true,
      }),
    ])
    // an orphan can still be unchecked, keeping its recorded label
    t = setStep(t, edited, { stepKey: 'passo-3', done: false }, now)
    expect(t.steps[article.id]['passo-3']).toMatchObject({
      done: false,
      label: 'Orientar a devolução à origem',
    })
    // The summary and the view agree; the unchecked removed step counts nowhere.
    expect(checklistView(t, edited)).toMatchObject({ done: 1, total: 3 })
    expect(summarizeTicket(t, () => edited)).toMatchObject({ stepsDone: 1, stepsTotal: 3 })
    expect(summarizeTicket(t)).toMatchObject({ stepsDone: 1, stepsTotal: null })
  })
})

describe('migrateTicket', () => {
  const good = createTicket({ number: '42' }, clock())

  it('reads a current record and strips nothing it knows', () => {
    expect(migrateTicket(JSON.parse(JSON.stringify(good)))).toEqual(good)
  })
  it('refuses a future version with a clear message', () => {
    try {
      migrateTicket({ ...good, schemaVersion: 99 })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(TicketSchemaError)
      expect((error as TicketSchemaError).future).toBe(true)
      expect((error as Error).message).toMatch(/versão mais nova do Roteiro.*esquema 99/)
    }
  })
  it('refuses malformed records naming the field', () => {
    expect(() => migrateTicket(null)).toThrow(TicketSchemaError)
    expect(() => migrateTicket([])).toThrow(/objeto/)
    expect(() => migrateTicket({ ...good, status: 'pending' })).toThrow(/campo status/)
    expect(() => migrateTicket({ ...good, history: [{ type: 'boom', at: 'x' }] })).toThrow(
      /history/,
    )
  })
})
