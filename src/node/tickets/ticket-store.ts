/**
 * Ticket records on disk: one JSON file per ticket in `<dataDir>/tickets/`, written atomically.
 * Checking a step reads and writes only that ticket's file, so its cost does not grow with the
 * number of tickets. A file that cannot be read is moved aside with its bytes and reported; the
 * other tickets keep working.
 */
import { mkdir, readdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '../../core/api/contract'
import { ticketSummaries } from '../../core/tickets/checklist'
import type { ArticleLookup } from '../../core/tickets/export/rows'
import { migrateTicket, TicketSchemaError } from '../../core/tickets/schema'
import type { Ticket, TicketSummary } from '../../core/tickets/types'
import { writeFileAtomic } from './atomic-write'
import { isTicketFileName, ticketFileName } from './file-name'

export interface TicketStoreProblem {
  file: string
  message: string
  /** Where the unreadable file was moved (bytes kept), or null when it was left in place. */
  movedTo: string | null
}

export interface TicketStoreOptions {
  now?: () => Date
  /** Called once per problem (default: console.warn). */
  log?: (message: string) => void
  /** fsync file and folder on every write (default true; turn off only for throwaway data). */
  fsync?: boolean
}

const READ_CONCURRENCY = 64

/** What the tickets backend needs of a store of ticket records (TicketStore, or one in memory). */
export type TicketRecords = Pick<TicketStore, 'get' | 'save' | 'update' | 'all' | 'list'>

export class TicketStore {
  readonly problems: TicketStoreProblem[] = []
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly now: () => Date
  private readonly log: (message: string) => void
  private readonly fsync: boolean

  private constructor(
    readonly dir: string,
    options: TicketStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date())
    this.log = options.log ?? ((message) => console.warn(message))
    this.fsync = options.fsync ?? true
  }

  /** Opens (creating if needed) `<dataDir>/tickets`; reads nothing else, so it is cheap. */
  static async open(dataDir: string, options: TicketStoreOptions = {}): Promise<TicketStore> {
    const dir = join(dataDir, 'tickets')
    await mkdir(dir, { recursive: true })
    return new TicketStore(dir, options)
  }

  /** Absolute path of a ticket's record. */
  fileFor(number: string): string {
    return join(this.dir, ticketFileName(number))
  }

  /** The ticket, or null when there is none (or its file was unreadable and moved aside). */
  async get(number: string): Promise<Ticket | null> {
    return (await this.readFile(this.fileFor(number))) ?? null
  }

  /** Writes a ticket (serialized with other writes of the same ticket). */
  async save(ticket: Ticket): Promise<Ticket> {
    return this.enqueue(ticket.number, async () => {
      await this.write(ticket)
      return ticket
    })
  }

  /**
   * Read-modify-write of one ticket, serialized with every other write of it in this process.
   * `change` gets the current record (null when none) and returns the new one, or the same
   * object / null to write nothing.
   */
  async update(
    number: string,
    change: (current: Ticket | null) => Ticket | null,
  ): Promise<Ticket | null> {
    return this.enqueue(number, async () => {
      const current = await this.get(number)
      const next = change(current)
      if (next && next !== current) {
        if (next.number !== number)
          throw new ApiError('bad-arguments', `O chamado ${next.number} não é o ${number}.`)
        await this.write(next)
      }
      return next ?? current
    })
  }

  /** Every readable ticket (unreadable files are moved aside and reported). */
  async all(): Promise<Ticket[]> {
    const names = (await readdir(this.dir)).filter(isTicketFileName).sort()
    const tickets: Ticket[] = []
    for (let i = 0; i < names.length; i += READ_CONCURRENCY) {
      const batch = await Promise.all(
        names.slice(i, i + READ_CONCURRENCY).map((name) => this.readFile(join(this.dir, name))),
      )
      for (const ticket of batch) if (ticket) tickets.push(ticket)
    }
    return tickets
  }

  /** Summaries, most recently changed first; `since` compares with updatedAt. */
  async list(
    filter: { since?: string; status?: 'open' | 'closed' } = {},
    lookup?: ArticleLookup,
  ): Promise<TicketSummary[]> {
    return ticketSummaries(await this.all(), filter, lookup)
  }

  private async write(ticket: Ticket): Promise<void> {
    await writeFileAtomic(this.fileFor(ticket.number), JSON.stringify(ticket, null, 1) + '\n', {
      fsync: this.fsync,
    })
  }

  private async readFile(file: string): Promise<Ticket | undefined> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      await this.quarantine(file, `não foi possível ler o arquivo (${describe(error)})`)
      return undefined
    }
    try {
      return migrateTicket(JSON.parse(text))
    } catch (error) {
      if (error instanceof TicketSchemaError && error.future) {
        // A newer app wrote it: keep it in place and refuse to overwrite it.
        this.report({ file, message: error.message, movedTo: null })
        throw new ApiError('conflict', error.message)
      }
      await this.quarantine(file, `registro ilegível (${describe(error)})`)
      return undefined
    }
  }

  private async quarantine(file: string, reason: string): Promise<void> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-')
    const movedTo = `${file}.corrupt-${stamp}`
    try {
      await rename(file, movedTo)
      this.report({
        file,
        message: `Chamado com arquivo danificado: ${reason}. O arquivo foi guardado em ${movedTo}.`,
        movedTo,
      })
    } catch (error) {
      this.report({
        file,
        message: `Chamado com arquivo danificado: ${reason}; não foi possível separá-lo (${describe(error)}).`,
        movedTo: null,
      })
    }
  }

  private report(problem: TicketStoreProblem): void {
    this.problems.push(problem)
    this.log(problem.message)
  }

  private enqueue<T>(number: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(number) ?? Promise.resolve()
    const run = previous.then(task, task)
    const settled = run.then(
      () => undefined,
      () => undefined,
    )
    this.queues.set(number, settled)
    void settled.then(() => {
      if (this.queues.get(number) === settled) this.queues.delete(number)
    })
    return run
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
