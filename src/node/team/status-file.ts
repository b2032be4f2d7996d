/** The last round's outcome, kept in `<dataDir>/team/status.json` so any host can show it. */
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SyncReport, TeamErrorInfo } from '../../core/team/types'
import { writeFileAtomic } from '../fs/atomic-write'
import { teamDir } from './replica'

export interface StoredTeamStatus {
  lastSyncAt: string | null
  lastAttemptAt: string | null
  /** Local replica sequence that the last completed push covered. */
  pushedSeq: number | string
  pending: number
  error: TeamErrorInfo | null
  lastReport: SyncReport | null
}

const EMPTY: StoredTeamStatus = {
  lastSyncAt: null,
  lastAttemptAt: null,
  pushedSeq: 0,
  pending: 0,
  error: null,
  lastReport: null,
}

function statusFile(dataDir: string): string {
  return join(teamDir(dataDir), 'status.json')
}

/** The stored status (empty when team mode never ran or the file is unreadable). */
export async function readTeamStatus(dataDir: string): Promise<StoredTeamStatus> {
  try {
    return { ...EMPTY, ...(JSON.parse(await readFile(statusFile(dataDir), 'utf8')) as object) }
  } catch {
    return { ...EMPTY }
  }
}

/** Replaces the stored status atomically. */
export async function writeTeamStatus(dataDir: string, status: StoredTeamStatus): Promise<void> {
  await mkdir(teamDir(dataDir), { recursive: true })
  await writeFileAtomic(statusFile(dataDir), JSON.stringify(status, null, 1) + '\n')
}
