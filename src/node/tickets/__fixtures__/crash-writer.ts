/**
 * Child process for the crash test: performs step updates on a few tickets, several in flight,
 * and prints "ack NUMBER KEY" after each save has completed. The parent kills it with SIGKILL.
 * Usage: node --import tsx crash-writer.ts DATA_DIR RUN_ID
 */
import { createTicket, recordStep } from '../../../core/tickets/model'
import { TicketStore } from '../ticket-store'

const [dataDir, runId] = process.argv.slice(2)
const NUMBERS = ['T-1', 'T/2', 't-1', 'T.4', 'T5']
const now = () => new Date()
const store = await TicketStore.open(dataDir, { log: () => {} })

async function worker(number: string): Promise<void> {
  for (let i = 0; ; i++) {
    const stepKey = `r${runId}-s${i}`
    await store.update(number, (current) =>
      recordStep(
        current ?? createTicket({ number }, now),
        { articleId: 'artigo', stepKey, label: `passo ${i}`, done: true, note: `nota ${i}` },
        now,
      ),
    )
    process.stdout.write(`ack ${number} ${stepKey}\n`)
  }
}

process.stdout.write('ready\n')
await Promise.all(NUMBERS.map(worker))
