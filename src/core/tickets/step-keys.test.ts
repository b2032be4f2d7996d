import { describe, expect, it } from 'vitest'
import { makeArticle, step } from './__fixtures__/articles'
import { createTicket, setStep } from './model'
import { withCurrentKeys } from './step-keys'
import type { Ticket } from './types'

const now = () => new Date('2026-12-01T10:00:00Z')
const later = () => new Date('2026-12-01T11:00:00Z')
const article = makeArticle({
  steps: [step(0, 'Conferir o certificado.', 'novo-1'), step(1, 'Reenviar o processo.', 'novo-2')],
  formerKeys: { velho: 'novo-1' },
})
const recorded = (states: Ticket['steps'][string]): Ticket => ({
  ...createTicket({ number: 'M-1' }, now),
  steps: { [article.id]: states },
})
const state = (done: boolean, note: string, at = now().toISOString()) => ({
  done,
  at,
  note,
  label: 'antigo',
})

describe('steps recorded under earlier keys', () => {
  it('move to the current step with their state and note', () => {
    const t = withCurrentKeys(
      recorded({ velho: state(true, 'feito no painel'), sumiu: state(true, '') }),
      article,
    )
    expect(t.steps[article.id]).toEqual({
      'novo-1': { ...state(true, 'feito no painel'), label: 'Conferir o certificado.' },
      sumiu: state(true, ''),
    })
  })

  it('leave the newer state under the current key and keep the older note', () => {
    const t = withCurrentKeys(
      recorded({
        velho: state(true, 'nota antiga'),
        'novo-1': state(false, '', later().toISOString()),
      }),
      article,
    )
    expect(t.steps[article.id]['novo-1']).toMatchObject({ done: false, note: 'nota antiga' })
    expect(Object.keys(t.steps[article.id])).toEqual(['novo-1'])
  })

  it('are moved for good by the next change', () => {
    const t = setStep(
      recorded({ velho: state(true, 'x') }),
      article,
      { stepKey: 'novo-2', done: true },
      later,
    )
    expect(Object.keys(t.steps[article.id]).sort()).toEqual(['novo-1', 'novo-2'])
  })

  it('give back the same ticket when nothing moves', () => {
    const t = recorded({ 'novo-1': state(true, '') })
    expect(withCurrentKeys(t, article)).toBe(t)
  })

  it('move by their recorded label when no map knows their key', () => {
    const edited = makeArticle({
      steps: [
        step(0, 'Desabilitar os agendamentos do ambiente.', 'novo-1'),
        step(1, 'Reenviar o processo ao destino.', 'novo-2'),
      ],
    })
    const t = withCurrentKeys(
      {
        ...createTicket({ number: 'M-2' }, now),
        steps: {
          [edited.id]: {
            antes: { ...state(true, 'validade ok'), label: 'Desabilite os agendamentos' },
            fora: { ...state(true, ''), label: 'Ligar para o gestor' },
          },
        },
      },
      edited,
    )
    expect(t.steps[edited.id]).toEqual({
      'novo-1': {
        ...state(true, 'validade ok'),
        label: 'Desabilitar os agendamentos do ambiente.',
      },
      fora: { ...state(true, ''), label: 'Ligar para o gestor' },
    })
  })

  it('stay apart when two current steps hold their label equally', () => {
    const twins = makeArticle({
      steps: [step(0, 'Reenviar o processo.', 'a'), step(1, 'Reenviar o processo de novo.', 'b')],
    })
    const t = withCurrentKeys(
      {
        ...createTicket({ number: 'M-3' }, now),
        steps: { [twins.id]: { velho: { ...state(true, ''), label: 'Reenviar o processo' } } },
      },
      twins,
    )
    expect(Object.keys(t.steps[twins.id])).toEqual(['velho'])
  })
})
