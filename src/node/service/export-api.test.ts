import { afterEach, describe, expect, it } from 'vitest'
import { closeFakeServices, startFakeService } from './testing/fake-service'

afterEach(closeFakeServices)

describe('exports', () => {
  it('exports, backs up and imports', async () => {
    const { ok, call, tickets } = await startFakeService()
    await ok('openTicket', { number: '77' })
    expect(await ok('exportTicket', { number: '77', format: 'md' })).toMatchObject({
      content: 'md:77',
    })
    expect(tickets.map.get('77')!.history.at(-1)).toMatchObject({ type: 'exported', format: 'md' })
    expect(await ok('exportTickets', { format: 'csv' })).toMatchObject({ content: '77' })
    expect(await ok('exportTickets', { format: 'csv', since: '2099-01-01' })).toMatchObject({
      content: '',
    })
    const backup = (await ok('backupTickets')) as { content: string }
    tickets.map.clear()
    expect(await ok('importTickets', { content: backup.content })).toMatchObject({ added: 1 })
    expect((await call('exportTicket', { number: '77', format: 'pdf' })).ok).toBe(false)
  })
})
