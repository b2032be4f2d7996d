/**
 * Ticket files with something wrong: what was found (reported once per file and kind), the
 * quarantine of files that are not tickets, and files whose name says another number than the
 * ticket they hold.
 */
import { link, rename, unlink } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { ApiError } from '../../core/api/contract'
import { errnoOf } from '../fs/data-folder-error'
import { readTicketRecord, type ReadRetry } from './read-record'

export type TicketStoreProblemKind = 'corrupt' | 'unreadable' | 'newer' | 'name-mismatch'

export interface TicketStoreProblem {
  kind: TicketStoreProblemKind
  file: string
  message: string
  /** Where the file was moved (bytes kept), or null when it was left in place. */
  movedTo: string | null
}

/** The problem files one store met. */
export class ProblemFiles {
  readonly list: TicketStoreProblem[] = []
  private readonly reported = new Set<string>()

  constructor(
    private readonly now: () => Date,
    private readonly log: (message: string) => void,
    private readonly retry: ReadRetry,
  ) {}

  /** A file of `number`'s name that holds another ticket: moved to that ticket's name, or aside. */
  async moveMismatched(
    file: string,
    number: string,
    fileFor: (number: string) => string,
  ): Promise<void> {
    const read = await readTicketRecord(file, this.retry)
    if (read.kind !== 'ticket' || read.ticket.number === number) return
    const own = fileFor(read.ticket.number)
    try {
      await link(file, own) // fails when that ticket has its own file: then this one is a copy
      await unlink(file)
      this.log(`${file}: registro do chamado ${read.ticket.number} movido para ${own}.`)
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw error
      const there = await readTicketRecord(own, this.retry)
      if (there.kind !== 'ticket' || there.ticket.number !== read.ticket.number)
        throw new ApiError(
          'conflict',
          `O arquivo ${file} guarda o chamado ${read.ticket.number}, e o arquivo desse chamado (${own}) guarda outro; separe-os antes de continuar.`,
        )
      const aside = `${file}.mismatch-${this.stamp()}`
      await rename(file, aside)
      this.log(`${file}: cópia do chamado ${read.ticket.number} guardada em ${aside}.`)
    }
  }

  /** A file whose name says another number than the ticket it holds. */
  reportMismatch(file: string, holds: string): void {
    this.report({
      kind: 'name-mismatch',
      file,
      message: `O arquivo ${file} guarda o chamado ${holds}, que não corresponde ao nome do arquivo.`,
      movedTo: null,
    })
  }

  private stamp(): string {
    return this.now().toISOString().replace(/[:.]/g, '-')
  }

  /** Moves a file read whole that is not a ticket aside, bytes kept, and reports it. */
  async quarantine(file: string, reason: string): Promise<void> {
    // The random tail keeps two quarantines of one file within a millisecond apart.
    const movedTo = `${file}.corrupt-${this.stamp()}-${randomBytes(2).toString('hex')}`
    try {
      await rename(file, movedTo)
      this.report({
        kind: 'corrupt',
        file,
        message: `Chamado com arquivo danificado: ${reason}. O arquivo foi guardado em ${movedTo}.`,
        movedTo,
      })
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return // another process moved it first
      this.report({
        kind: 'corrupt',
        file,
        message: `Chamado com arquivo danificado: ${reason}; não foi possível separá-lo (${(error as Error).message}).`,
        movedTo: null,
      })
    }
  }

  /** Records and logs a problem, once per file and kind. */
  report(problem: TicketStoreProblem): void {
    // Once per file and kind: a listing every few seconds must not repeat the same warning.
    const key = `${problem.kind}\0${problem.file}\0${problem.movedTo ?? ''}`
    if (this.reported.has(key)) return
    this.reported.add(key)
    this.list.push(problem)
    this.log(problem.message)
  }
}
