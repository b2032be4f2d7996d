/** Team mode records: what a ticket looks like on the team server, and the state of replication. */
import type { Ticket } from '../tickets/types'

/** The tiers a ticket moves through. */
export const TIERS = ['N1', 'N2', 'N3'] as const
export type Tier = (typeof TIERS)[number]

/** Event key → the agent (CouchDB user) who recorded that event. */
export type Attribution = Record<string, string>

/** A ticket as a team document: the record itself, who wrote each event, who wrote this revision. */
export interface TeamRecord {
  ticket: Ticket
  by: Attribution
}

/** The JSON body of a ticket's document on the team server (plus _id and _rev). */
export interface TeamDocBody extends TeamRecord {
  type: 'roteiro-ticket'
  /** The user who wrote this revision; the server's validation function checks it. */
  author: string
}

/** Why a round of replication failed, as a code the UI and the CLI word. */
export type TeamErrorCode =
  | 'not-configured'
  | 'insecure-url'
  | 'bad-url'
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'no-database'
  | 'busy'
  | 'server-error'

export interface TeamErrorInfo {
  code: TeamErrorCode
  params: Record<string, string | number>
}

/** What one round moved. */
export interface SyncReport {
  /** Documents sent to the server. */
  pushed: number
  /** Documents received from the server. */
  pulled: number
  /** Tickets whose conflicting revisions were merged into one. */
  merged: number
  /** Ticket records written in the local data folder. */
  updatedLocally: number
  /** Writes the server refused (validation), by ticket number. */
  rejected: string[]
  /** Documents received that could not be read as tickets. */
  unreadable: string[]
}

/** The replication state a host shows: never blocks local work. */
export interface TeamStatus {
  enabled: boolean
  server: string | null
  user: string | null
  /** A round is running now. */
  syncing: boolean
  /** End of the last round that completed. */
  lastSyncAt: string | null
  /** Start of the last round, completed or not. */
  lastAttemptAt: string | null
  /** Local changes not yet on the server (as of the last look). */
  pending: number
  error: TeamErrorInfo | null
  lastReport: SyncReport | null
}

/** Where a ticket was handed last (from its history). */
export interface Assignment {
  number: string
  from: string
  to: string
  at: string
  note: string
}
