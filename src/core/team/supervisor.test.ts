import { describe, expect, it } from 'vitest'
import { closeTicket, createTicket, recordStep } from '../tickets/model'
import type { Ticket } from '../tickets/types'
import { attribute } from './attribution'
import { supervisorReport, rangeDays } from './supervisor'
import { supervisorCsv } from './supervisor-csv'
import type { TeamRecord } from './types'

const at = (iso: string) => () => new Date(iso)
const record = (ticket: Ticket, user: string): TeamRecord => ({
  ticket,
  by: attribute(ticket.history, [], user),
})
const lookup = (id: string) =>
  id === 'acesso'
    ? {
        title: 'Acesso ao SEI',
        steps: [
          { key: 's1', label: 'Conferir usuário' },
          { key: 's2', label: 'Redefinir senha' },
        ],
      }
    : undefined

function data(): TeamRecord[] {
  // ana: opens T1 on the 1st, checks s1, closes it 2 h later. bia: opens T2 on the 2nd, closes
  // it 30 h later without checking anything. ana: opens T3 on the 3rd, leaves it open.
  let t1 = createTicket({ number: 'T1', articleIds: ['acesso'] }, at('2026-04-01T10:00:00Z'))
  t1 = recordStep(
    t1,
    { articleId: 'acesso', stepKey: 's1', label: 'Conferir usuário', done: true },
    at('2026-04-01T11:00:00Z'),
  )
  t1 = closeTicket(t1, at('2026-04-01T12:00:00Z'))
  let t2 = createTicket({ number: 'T2', articleIds: ['acesso', 'nup'] }, at('2026-04-02T09:00:00Z'))
  t2 = closeTicket(t2, at('2026-04-03T15:00:00Z'))
  const t3 = createTicket({ number: 'T3', articleIds: ['nup'] }, at('2026-04-03T08:00:00Z'))
  const old = createTicket({ number: 'T0', articleIds: ['velho'] }, at('2026-03-01T08:00:00Z'))
  return [record(t1, 'ana'), record(t2, 'bia'), record(t3, 'ana'), record(old, 'ana')]
}

describe('supervisorReport', () => {
  it('counts opened and closed per agent per day within the range', () => {
    const report = supervisorReport(data(), { from: '2026-04-01', to: '2026-04-03' }, lookup)
    expect(report.days).toEqual(['2026-04-01', '2026-04-02', '2026-04-03'])
    expect(report.agents).toEqual(['ana', 'bia'])
    expect(report.opened).toEqual({ ana: [1, 0, 1], bia: [0, 1, 0] })
    expect(report.closed).toEqual({ ana: [1, 0, 0], bia: [0, 0, 1] })
    expect(report.totals).toEqual({ opened: 3, closed: 2 })
  })

  it('measures the time to close and buckets it', () => {
    const { timeToClose } = supervisorReport(data(), { from: '2026-04-01', to: '2026-04-03' })
    expect(timeToClose.count).toBe(2)
    expect(timeToClose.medianHours).toBe(2)
    expect(timeToClose.p90Hours).toBe(30)
    expect(timeToClose.medianByAgent).toEqual({ ana: 2, bia: 30 })
    const buckets = Object.fromEntries(timeToClose.buckets.map((b) => [b.bucket, b.count]))
    expect(buckets).toEqual({ lt1h: 0, '1to4h': 1, '4to24h': 0, '1to3d': 1, gt3d: 0 })
  })

  it('ranks articles by use and steps left unchecked on closed tickets', () => {
    const report = supervisorReport(data(), { from: '2026-04-01', to: '2026-04-03' }, lookup)
    expect(report.topArticles).toEqual([
      { articleId: 'acesso', title: 'Acesso ao SEI', tickets: 2 },
      { articleId: 'nup', title: 'nup', tickets: 2 },
    ])
    expect(report.uncheckedSteps[0]).toMatchObject({
      articleId: 'acesso',
      stepKey: 's2',
      label: 'Redefinir senha',
      unchecked: 2,
      closedWithArticle: 2,
    })
    expect(report.uncheckedSteps[1]).toMatchObject({ stepKey: 's1', unchecked: 1 })
  })

  it('exports the numbers as CSV, formulas defused', () => {
    const records = data()
    records[0]!.by = Object.fromEntries(Object.keys(records[0]!.by).map((k) => [k, '=cmd']))
    const csv = supervisorCsv(supervisorReport(records, { from: '2026-04-01', to: '2026-04-03' }))
    expect(csv.startsWith('\uFEFFtabela,agente,dia,artigo,passo,valor\r\n')).toBe(true)
    expect(csv).toContain("abertos,'=cmd,2026-04-01,,,1")
    expect(csv).toContain('encerrados,bia,2026-04-03,,,1')
  })

  it('refuses a range that ends before it starts', () => {
    expect(() => rangeDays({ from: '2026-04-03', to: '2026-04-01' })).toThrow(RangeError)
  })
})
