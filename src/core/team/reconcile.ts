/**
 * One ticket's reconciliation between the record in the data folder and the revisions of its
 * document in the local replica: every version merged with the import rules, so nothing recorded
 * on either side is lost, and the same versions give the same result on every machine.
 */
import { mergeTickets } from '../tickets/export/import'
import type { Ticket } from '../tickets/types'
import { attribute } from './attribution'
import { canonicalJson } from './canonical'
import type { Attribution, TeamRecord } from './types'

export interface DocRevision extends TeamRecord {
  rev: string
}

export interface ReconcileInput {
  /** The record in the data folder, if any. */
  file: Ticket | undefined
  /** The winning revision of the document, if any. */
  winner: DocRevision | undefined
  /** Its conflicting revisions (CouchDB keeps them until they are removed). */
  conflicts: DocRevision[]
  /** The local agent: the author of events nobody claimed yet. */
  user: string
}

export interface ReconcileResult {
  record: TeamRecord
  /** Write `record` as a new revision on top of the winner. */
  writeDoc: boolean
  /** Write `record.ticket` to the data folder (merged with whatever is there by then). */
  writeFile: boolean
  /** Conflicting revisions to remove once the merged one is written. */
  losers: string[]
}

/** True when two tickets hold the same content (key order aside). */
export function sameTicket(a: Ticket | undefined, b: Ticket | undefined): boolean {
  if (!a || !b) return a === b
  return canonicalJson(a) === canonicalJson(b)
}

/**
 * Merges any number of versions of one ticket. They are folded in a fixed order (by updatedAt,
 * then content), so the result does not depend on which machine or which revision came first.
 */
export function mergeVersions(versions: Ticket[]): Ticket {
  const keyed = versions.map((ticket) => ({ ticket, key: canonicalJson(ticket) }))
  keyed.sort((a, b) =>
    a.ticket.updatedAt !== b.ticket.updatedAt
      ? a.ticket.updatedAt < b.ticket.updatedAt
        ? -1
        : 1
      : a.key < b.key
        ? -1
        : a.key > b.key
          ? 1
          : 0,
  )
  const first = keyed[0]
  if (!first) throw new Error('mergeVersions needs at least one version')
  return keyed.slice(1).reduce((merged, next) => mergeTickets(merged, next.ticket), first.ticket)
}

function sameAttribution(a: Attribution, b: Attribution): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

/** Decides what to write so that the file, the document and its conflicts become one record. */
export function reconcileTicket(input: ReconcileInput): ReconcileResult {
  const docs = [...(input.winner ? [input.winner] : []), ...input.conflicts]
  const versions = [...(input.file ? [input.file] : []), ...docs.map((d) => d.ticket)]
  const ticket = mergeVersions(versions)
  const by = attribute(
    ticket.history,
    docs.map((d) => d.by),
    input.user,
  )
  const record = { ticket, by }
  const winner = input.winner
  const writeDoc =
    !winner ||
    input.conflicts.length > 0 ||
    !sameTicket(ticket, winner.ticket) ||
    !sameAttribution(by, winner.by)
  return {
    record,
    writeDoc,
    writeFile: !sameTicket(ticket, input.file),
    losers: input.conflicts.map((d) => d.rev),
  }
}
