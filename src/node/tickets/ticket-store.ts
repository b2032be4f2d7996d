/**
 * Ticket records on disk: one JSON file per ticket in `<dataDir>/tickets/`, written atomically
 * under a per-ticket lock that holds across processes. Checking a step reads and writes only that
 * ticket's file, so its cost does not grow with the number of tickets. Only a file read whole that
 * is not a ticket is moved aside (bytes kept); files that cannot be read right now, or come from a
 * newer version, are reported and left alone; the other tickets keep working.
 */
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '../../core/api/contract'
import { ticketSummaries } from '../../core/tickets/checklist'
import type { ArticleLookup } from '../../core/tickets/export/rows'
import type { Ticket, TicketSummary } from '../../core/tickets/types'
import { storedTicket } from '../../core/tickets/schema'
import { removeStaleTempFiles, writeFileAtomic } from '../fs/atomic-write'
import { asDataFolderErrors, dataFolderApiError } from '../fs/data-folder-error'
import { isTicketFileName, ticketFileName } from './file-name'
import { mapBounded } from '../fs/map-bounded'
import { readTicketRecord, retryTransient, type ReadRetry, type RecordRead } from './read-record'
import { withTicketLock } from './ticket-lock'
import { ProblemFiles, type TicketStoreProblem } from './problem-files'

export type { TicketStoreProblem, TicketStoreProblemKind } from './problem-files'

export interface TicketStoreOptions {
  now?: () => Date
  /** Called once per problem (default: console.warn). */
  log?: (message: string) => void
  /** fsync file and folder on every write (default true; turn off only for throwaway data). */
  fsync?: boolean
  /** Backoff of reads that fail with a transient error. */
  retry?: ReadRetry
}

/**
 * Files read at once by `all()`: enough to overlap the disk's latency, few enough that the store
 * never runs the process out of file handles itself.
 */
export const READ_CONCURRENCY = 8

/** What the tickets backend needs of a store of ticket records (TicketStore, or one in memory). */
export type TicketRecords = Pick<TicketStore, 'get' | 'save' | 'update' | 'all' | 'list'>

export class TicketStore {
  private readonly problemFiles: ProblemFiles
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly now: () => Date
  private readonly log: (message: string) => void
  private readonly fsync: boolean
  private readonly retry: ReadRetry
  private ready: Promise<void> | null = null

  private constructor(
    readonly dir: string,
    options: TicketStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date())
    this.log = options.log ?? ((message) => console.warn(message))
    this.fsync = options.fsync ?? true
    this.retry = options.retry ?? {}
    this.problemFiles = new ProblemFiles(this.now, this.log, this.retry)
  }

  /** What was wrong with files read so far, each reported once. */
  get problems(): readonly TicketStoreProblem[] {
    return this.problemFiles.list
  }

  /**
   * A store over `<dataDir>/tickets`. Never rejects: a folder that cannot be created (a file in
   * its place, a read-only disk) makes each call fail with that data-folder error until fixed.
   */
  static async open(dataDir: string, options: TicketStoreOptions = {}): Promise<TicketStore> {
    const store = new TicketStore(join(dataDir, 'tickets'), options)
    await store.ensureDir().catch(() => {})
    return store
  }

  /** Absolute path of a ticket's record. */
  fileFor(number: string): string {
    return join(this.dir, ticketFileName(number))
  }

  /** The ticket, or null when there is none; throws when its file cannot be used now. */
  async get(number: string): Promise<Ticket | null> {
    await this.ensureDir()
    const file = this.fileFor(number)
    const read = await this.readOne(file)
    if (read.kind !== 'ticket') return null
    if (read.ticket.number !== number) {
      this.problemFiles.reportMismatch(file, read.ticket.number)
      return null
    }
    return read.ticket
  }

  /** Writes a ticket under its lock (serialized with other writes of the same ticket). */
  async save(ticket: Ticket): Promise<Ticket> {
    return (await this.update(ticket.number, () => ticket)) as Ticket
  }

  /**
   * Read-modify-write of one ticket under its cross-process lock, serialized with every other
   * write of it. `change` gets the current record (null when none) and returns the new one,
   * or the same object / null to write nothing.
   */
  async update(
    number: string,
    change: (current: Ticket | null) => Ticket | null,
  ): Promise<Ticket | null> {
    await this.ensureDir()
    const file = this.fileFor(number)
    return this.enqueue(number, () =>
      withTicketLock(file, async () => {
        let current = await this.get(number)
        if (!current) await this.problemFiles.moveMismatched(file, number, (n) => this.fileFor(n))
        const next = change(current)
        if (next && next !== current) {
          if (next.number !== number)
            throw new ApiError('bad-arguments', `O chamado ${next.number} não é o ${number}.`)
          await this.write(next)
          current = next
        }
        return current
      }),
    )
  }

  /**
   * Every readable ticket, each once. Files that cannot be used are reported (once per store)
   * and skipped; a file holding another number than its name says is listed under that number
   * unless that number's own file exists.
   */
  async all(): Promise<Ticket[]> {
    await this.ensureDir()
    const names = (
      await asDataFolderErrors(this.dir, () => retryTransient(() => readdir(this.dir), this.retry))
    )
      .filter(isTicketFileName)
      .sort()
    const reads = await mapBounded(names, READ_CONCURRENCY, async (name) => {
      const file = join(this.dir, name)
      return { file, name, read: await this.readOne(file, false) }
    })
    const holds = new Map<string, string>()
    for (const { name, read } of reads)
      if (read.kind === 'ticket') holds.set(name, read.ticket.number)
    const tickets: Ticket[] = []
    const seen = new Set<string>()
    for (const { file, name, read } of reads) {
      if (read.kind !== 'ticket') continue
      const { ticket } = read
      const own = ticketFileName(ticket.number)
      if (own !== name) {
        this.problemFiles.reportMismatch(file, ticket.number)
        // A copy of a ticket whose own file holds it: that file is the one listed.
        if (holds.get(own) === ticket.number) continue
      }
      if (seen.has(ticket.number)) continue
      seen.add(ticket.number)
      tickets.push(ticket)
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

  private ensureDir(): Promise<void> {
    this.ready ??= (async () => {
      await asDataFolderErrors(this.dir, () => mkdir(this.dir, { recursive: true }))
      // Temp files a killed writer left behind (a live writer's are seconds old).
      await removeStaleTempFiles(this.dir, 5 * 60_000, this.now().getTime())
    })().catch((error: unknown) => {
      this.ready = null
      throw error
    })
    return this.ready
  }

  private async write(ticket: Ticket): Promise<void> {
    const file = this.fileFor(ticket.number)
    await asDataFolderErrors(file, () =>
      writeFileAtomic(file, JSON.stringify(storedTicket(ticket), null, 1) + '\n', {
        fsync: this.fsync,
      }),
    )
  }

  /**
   * Reads one file and handles what is wrong with it. With `strict` (one ticket asked for by
   * number) a file that cannot be used throws, so a caller never takes it for "no ticket" and
   * writes a new record over it; otherwise (listing) it is reported and skipped.
   */
  private async readOne(file: string, strict = true): Promise<RecordRead> {
    const read = await readTicketRecord(file, this.retry)
    switch (read.kind) {
      case 'ticket':
      case 'missing':
        return read
      case 'corrupt':
        await this.problemFiles.quarantine(file, read.reason)
        return { kind: 'missing' }
      case 'newer':
        this.problemFiles.report({
          kind: 'newer',
          file,
          message: `${file}: ${read.reason}`,
          movedTo: null,
        })
        if (strict) throw new ApiError('conflict', read.reason)
        return read
      case 'unreadable': {
        const message = `Não foi possível ler o chamado ${file} (${read.reason}); o arquivo foi mantido onde está.`
        this.problemFiles.report({ kind: 'unreadable', file, message, movedTo: null })
        if (!strict) return read
        if (read.errno === 'EACCES') throw dataFolderApiError('data-permission-denied', file)
        throw new ApiError('internal', message)
      }
    }
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
