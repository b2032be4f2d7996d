/**
 * Reading one ticket file and classifying what went wrong. Only a file read whole that does not
 * parse or validate is corrupt; a file the process could not read (out of file handles, held by
 * an antivirus, no permission) is left where it is, so a bad moment never moves a good record.
 */
import { readFile } from 'node:fs/promises'
import { migrateTicket, TicketSchemaError } from '../../core/tickets/schema'
import type { Ticket } from '../../core/tickets/types'
import { errnoOf } from '../fs/data-folder-error'

/** Errors that go away by themselves: retried with backoff, then reported, never quarantined. */
export const TRANSIENT_ERRORS = new Set(['EMFILE', 'ENFILE', 'EBUSY', 'EPERM', 'EAGAIN', 'EIO'])

export type RecordRead =
  | { kind: 'ticket'; ticket: Ticket }
  | { kind: 'missing' }
  /** Could not be read now (transient error after retries, no permission, a folder): left alone. */
  | { kind: 'unreadable'; errno: string; reason: string }
  /** Read whole but not a ticket: may be moved aside. */
  | { kind: 'corrupt'; reason: string }
  /** Written by a newer version: left alone, never overwritten. */
  | { kind: 'newer'; reason: string }

export interface ReadRetry {
  /** Attempts for transient errors (default 8). */
  attempts?: number
  /** First backoff in ms, doubled each time up to 500 (default 10). */
  firstDelayMs?: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `body`, retrying transient errors with backoff (jittered, doubling up to 500 ms). */
export async function retryTransient<T>(body: () => Promise<T>, retry: ReadRetry = {}): Promise<T> {
  const attempts = retry.attempts ?? 8
  let delay = retry.firstDelayMs ?? 10
  for (let attempt = 1; ; attempt++) {
    try {
      return await body()
    } catch (error) {
      if (!TRANSIENT_ERRORS.has(errnoOf(error)) || attempt >= attempts) throw error
      await sleep(delay * (0.5 + Math.random()))
      delay = Math.min(500, delay * 2)
    }
  }
}

/** Reads and validates one ticket file (a UTF-8 BOM, as editors save it, is accepted). */
export async function readTicketRecord(file: string, retry: ReadRetry = {}): Promise<RecordRead> {
  let bytes: Buffer
  try {
    bytes = await retryTransient(() => readFile(file), retry)
  } catch (error) {
    const errno = errnoOf(error)
    if (errno === 'ENOENT') return { kind: 'missing' }
    return { kind: 'unreadable', errno, reason: (error as Error).message }
  }
  let text = bytes.toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  try {
    return { kind: 'ticket', ticket: migrateTicket(JSON.parse(text)) }
  } catch (error) {
    if (error instanceof TicketSchemaError && error.future)
      return { kind: 'newer', reason: error.message }
    return { kind: 'corrupt', reason: (error as Error).message }
  }
}
