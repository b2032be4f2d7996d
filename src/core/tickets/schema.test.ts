import { describe, expect, it } from 'vitest'
import { createTicket } from './model'
import { migrateTicket, schemaVersionFor, storedTicket, TicketSchemaError } from './schema'
import { TICKET_SCHEMA_VERSION, type Ticket } from './types'

const now = () => new Date('2026-12-01T10:00:00Z')
const handedOff = (ticket: Ticket): Ticket => ({
  ...ticket,
  history: [
    ...ticket.history,
    { type: 'handed-off', at: now().toISOString(), from: 'ana', to: 'bruno', note: '' },
  ],
})

describe('stored schema versions', () => {
  it('a record without a hand-off is written as version 1, so builds that know only 1 read it', () => {
    const ticket = createTicket({ number: '1' }, now)
    expect(storedTicket(ticket).schemaVersion).toBe(1)
    expect(migrateTicket(JSON.parse(JSON.stringify(storedTicket(ticket))))).toMatchObject({
      number: '1',
      schemaVersion: 1,
    })
  })

  it('a record holding a hand-off is written as version 2 and read back whole', () => {
    const ticket = handedOff(createTicket({ number: '2' }, now))
    expect(schemaVersionFor(ticket)).toBe(2)
    const read = migrateTicket(JSON.parse(JSON.stringify(storedTicket(ticket))))
    expect(read.schemaVersion).toBe(2)
    expect(read.history.at(-1)).toMatchObject({ type: 'handed-off', from: 'ana', to: 'bruno' })
  })

  it('a version 1 file written with a hand-off before the bump still reads', () => {
    const ticket = { ...handedOff(createTicket({ number: '3' }, now)), schemaVersion: 1 }
    expect(migrateTicket(ticket).history).toHaveLength(2)
  })

  it('a version past this build is refused as newer, not as broken', () => {
    const future = {
      ...createTicket({ number: '4' }, now),
      schemaVersion: TICKET_SCHEMA_VERSION + 1,
    }
    let error: unknown
    try {
      migrateTicket(future)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TicketSchemaError)
    expect((error as TicketSchemaError).future).toBe(true)
  })
})
