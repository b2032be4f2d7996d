/** Remembers the main window's bounds in window-state.json in the data folder. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomicSync } from '../node/fs/atomic-write'
import type { SavedWindowState } from './window-options'

export const WINDOW_STATE_FILE = 'window-state.json'

export function loadWindowState(dataDir: string): SavedWindowState | null {
  try {
    const data = JSON.parse(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'))
    if (data && typeof data === 'object' && data.bounds) return data as SavedWindowState
  } catch {
    // First run or a damaged file: the window is simply centred again (nothing of value lost).
  }
  return null
}

export function saveWindowState(dataDir: string, state: SavedWindowState): void {
  writeFileAtomicSync(join(dataDir, WINDOW_STATE_FILE), JSON.stringify(state))
}
