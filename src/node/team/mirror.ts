/**
 * Mirror between the ticket files and the local replica. The app keeps writing tickets through
 * the ticket store exactly as without team mode; each round brings the files' changes into the
 * replica and the replica's (pulled, merged) changes back into the files, through the store's
 * public functions (its atomic writes and its per-ticket serialization).
 */
import { concernsAgent } from '../../core/team/handoff'
import {
  reconcileTicket,
  mergeVersions,
  sameTicket,
  type DocRevision,
} from '../../core/team/reconcile'
import { ticketDocId, ticketNumberOfDocId } from '../../core/team/server-url'
import type { Attribution, TeamDocBody, Tier } from '../../core/team/types'
import { migrateTicket, storedTicket } from '../../core/tickets/schema'
import type { Ticket } from '../../core/tickets/types'
import type { TicketRecords } from '../tickets/ticket-store'
import type { Doc } from 'pouchdb'
import type { TeamDb } from './replica'

export interface MirrorReport {
  /** Tickets whose conflicting revisions were merged. */
  merged: number
  /** Ticket files written. */
  updatedLocally: number
  /** Replica documents written. */
  docsWritten: number
  /** Document ids that could not be read as tickets (left alone). */
  unreadable: string[]
}

export interface MirrorOptions {
  user: string
  tier: Tier | null
}

const BATCH = 200

type StoredDoc = Doc & Partial<TeamDocBody> & { _rev: string }

function toRevision(doc: StoredDoc): DocRevision {
  const by = doc.by && typeof doc.by === 'object' ? (doc.by as Attribution) : {}
  return { rev: doc._rev, ticket: migrateTicket(doc.ticket), by }
}

/** One pass over every ticket: files and replica (with its conflicts) become the same records. */
export async function mirror(
  db: TeamDb,
  store: Pick<TicketRecords, 'all' | 'update'>,
  options: MirrorOptions,
): Promise<MirrorReport> {
  const report: MirrorReport = { merged: 0, updatedLocally: 0, docsWritten: 0, unreadable: [] }
  const files = new Map((await store.all()).map((t) => [t.number, t]))
  const rows = await db.allDocs({
    include_docs: true,
    conflicts: true,
    startkey: 'ticket:',
    endkey: 'ticket:\uffff',
  })
  const docs = new Map<string, StoredDoc>()
  for (const row of rows.rows) {
    const number = ticketNumberOfDocId(row.id)
    if (number && row.doc) docs.set(number, row.doc as StoredDoc)
  }
  // Documents are written in batches: merged revisions first, then the losing ones removed (a
  // crash in between leaves the conflicts, which the next pass merges again to the same result).
  const merged: Doc[] = []
  const losers: Doc[] = []
  const flush = async () => {
    const written = new Set<string>()
    for (const result of merged.length ? await db.bulkDocs(merged.splice(0)) : [])
      if (result.ok && result.id) written.add(result.id)
    report.docsWritten += written.size
    // A losing revision goes only once its content is in a written merged revision.
    const removable = losers.splice(0).filter((doc) => written.has(doc._id))
    if (removable.length) await db.bulkDocs(removable)
  }
  for (const number of new Set([...files.keys(), ...docs.keys()])) {
    if (merged.length >= BATCH) await flush()
    const doc = docs.get(number)
    let winner: DocRevision | undefined
    const conflicts: DocRevision[] = []
    try {
      winner = doc ? toRevision(doc) : undefined
      for (const rev of doc?._conflicts ?? [])
        conflicts.push(toRevision((await db.get(ticketDocId(number), { rev })) as StoredDoc))
    } catch {
      report.unreadable.push(ticketDocId(number))
      continue
    }
    const file = files.get(number)
    const result = reconcileTicket({ file, winner, conflicts, user: options.user })
    if (result.writeFile && (file || concernsAgent(result.record, options.user, options.tier))) {
      await store.update(number, (current) => {
        if (!current) return result.record.ticket
        const next = mergeVersions([current, result.record.ticket])
        return sameTicket(next, current) ? current : next
      })
      report.updatedLocally++
    }
    if (result.writeDoc) {
      const body: TeamDocBody = {
        type: 'roteiro-ticket',
        author: options.user,
        ticket: storedTicket(result.record.ticket),
        by: result.record.by,
      }
      merged.push({ _id: ticketDocId(number), ...(winner ? { _rev: winner.rev } : {}), ...body })
      for (const rev of result.losers)
        losers.push({ _id: ticketDocId(number), _rev: rev, _deleted: true, author: options.user })
      if (result.losers.length) report.merged++
    }
  }
  await flush()
  return report
}

/** Tickets of the replica (every team ticket that reached this machine), for the supervisor view. */
export async function replicaRecords(db: TeamDb): Promise<{ ticket: Ticket; by: Attribution }[]> {
  const rows = await db.allDocs({
    include_docs: true,
    startkey: 'ticket:',
    endkey: 'ticket:\uffff',
  })
  const records: { ticket: Ticket; by: Attribution }[] = []
  for (const row of rows.rows) {
    if (!row.doc) continue
    try {
      records.push(toRevision(row.doc as StoredDoc))
    } catch {
      // An unreadable document is reported by the mirror; the view shows the others.
    }
  }
  return records
}
