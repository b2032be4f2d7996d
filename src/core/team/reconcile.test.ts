import { describe, expect, it } from 'vitest'
import { createTicket, recordStep, setNotes, updateDetails } from '../tickets/model'
import type { Ticket } from '../tickets/types'
import { attribute, eventKey } from './attribution'
import { currentAssignment, handOff, handoffTarget, isHandedTo, ticketTier } from './handoff'
import { mergeVersions, reconcileTicket, sameTicket } from './reconcile'
import { checkServerUrl } from './server-url'

function clock(start: string) {
  let t = Date.parse(start)
  return () => new Date((t += 1000))
}
const step = (t: Ticket, key: string, now: () => Date, note?: string) =>
  recordStep(t, { articleId: 'a', stepKey: key, label: key, done: true, note }, now)

function versions(): Ticket[] {
  const base = createTicket({ number: 'X-1', requester: 'Ana' }, clock('2026-01-01T10:00:00Z'))
  const na = clock('2026-01-01T11:00:00Z')
  const nb = clock('2026-01-01T12:00:00Z')
  const nc = clock('2026-01-01T13:00:00Z')
  return [
    updateDetails(step(base, 's1', na, 'de A'), { requester: 'Ana (A)' }, na),
    setNotes(step(base, 's2', nb, 'de B'), 'nota B', nb),
    step(base, 's3', nc),
  ]
}

describe('mergeVersions', () => {
  it('gives the same record whatever the order of the versions', () => {
    const [x, y, z] = versions()
    const orders = [
      [x, y, z],
      [z, y, x],
      [y, x, z],
      [y, z, x],
    ]
    const results = orders.map(mergeVersions)
    for (const r of results) expect(sameTicket(r, results[0])).toBe(true)
    const merged = results[0]
    expect(Object.keys(merged.steps.a).sort()).toEqual(['s1', 's2', 's3'])
    expect(merged.notes).toBe('nota B')
    expect(merged.requester).toBe('Ana (A)')
  })

  it('is idempotent: merging a record with itself changes nothing', () => {
    const [x] = versions()
    expect(sameTicket(mergeVersions([x, x]), x)).toBe(true)
  })
})

describe('reconcileTicket', () => {
  it('writes nothing when the file and the document agree', () => {
    const [x] = versions()
    const by = attribute(x.history, [], 'ana')
    const result = reconcileTicket({
      file: x,
      winner: { rev: '1-a', ticket: x, by },
      conflicts: [],
      user: 'ana',
    })
    expect(result).toMatchObject({ writeDoc: false, writeFile: false, losers: [] })
  })

  it('merges conflicts into one revision and removes the losers', () => {
    const [x, y, z] = versions()
    const result = reconcileTicket({
      file: x,
      winner: { rev: '2-b', ticket: y, by: attribute(y.history, [], 'bia') },
      conflicts: [{ rev: '2-c', ticket: z, by: attribute(z.history, [], 'caio') }],
      user: 'ana',
    })
    expect(result.writeDoc).toBe(true)
    expect(result.writeFile).toBe(true)
    expect(result.losers).toEqual(['2-c'])
    const noteB = result.record.ticket.history.find((e) => e.type === 'note-edited')!
    expect(result.record.by[eventKey(noteB)]).toBe('bia')
    const stepA = result.record.ticket.history.find(
      (e) => e.type === 'step-note' && e.stepKey === 's1',
    )!
    expect(result.record.by[eventKey(stepA)]).toBe('ana')
    const opened = result.record.ticket.history.find((e) => e.type === 'opened')!
    // Known to both bia and caio: the same name on every machine.
    expect(result.record.by[eventKey(opened)]).toBe('bia')
  })
})

describe('hand-off', () => {
  it('records who, to whom, when and why; the receiver sees it as theirs', () => {
    const now = clock('2026-02-01T09:00:00Z')
    const t = handOff(
      createTicket({ number: 'H-1' }, now),
      { from: 'ana', to: 'n2', note: ' ver log ' },
      now,
    )
    expect(currentAssignment(t)).toMatchObject({ from: 'ana', to: 'N2', note: 'ver log' })
    expect(ticketTier(t)).toBe('N2')
    expect(isHandedTo(t, 'bia', 'N2')).toBe(true)
    expect(isHandedTo(t, 'bia', 'N3')).toBe(false)
    const back = handOff(t, { from: 'bia', to: 'ana' }, now)
    expect(isHandedTo(back, 'ana', null)).toBe(true)
    expect(ticketTier(back)).toBe('N2')
  })

  it('refuses a bad target, a hand-off to oneself and a closed ticket', () => {
    const now = clock('2026-02-01T09:00:00Z')
    const t = createTicket({ number: 'H-2' }, now)
    expect(() => handoffTarget('a b')).toThrow(/Destino inválido/)
    expect(() => handOff(t, { from: 'ana', to: 'ana' }, now)).toThrow(/já está/)
    expect(() => handOff({ ...t, status: 'closed' }, { from: 'ana', to: 'N2' }, now)).toThrow(
      /encerrado/,
    )
  })
})

describe('checkServerUrl', () => {
  it('accepts HTTPS anywhere and HTTP on this machine only, unless allowed', () => {
    expect(checkServerUrl('https://couch.example/equipe/')).toMatchObject({
      ok: true,
      url: 'https://couch.example/equipe',
    })
    expect(checkServerUrl('http://127.0.0.1:5984/equipe').ok).toBe(true)
    expect(checkServerUrl('http://localhost:5984/equipe').ok).toBe(true)
    expect(checkServerUrl('http://couch.example/equipe')).toMatchObject({
      ok: false,
      error: { code: 'insecure-url' },
    })
    expect(checkServerUrl('http://couch.example/equipe', true).ok).toBe(true)
  })

  it('refuses credentials in the URL, other schemes and a missing database', () => {
    expect(checkServerUrl('https://ana:pw@couch.example/equipe')).toMatchObject({
      ok: false,
      error: { code: 'bad-url', params: { url: 'https://couch.example' } },
    })
    expect(checkServerUrl('ftp://couch.example/equipe').ok).toBe(false)
    expect(checkServerUrl('https://couch.example/').ok).toBe(false)
    expect(checkServerUrl('nada').ok).toBe(false)
  })
})
