import type { ApiArgs } from '../../core/api/contract'
import type { ExportFile, HotkeyStatus } from '../../core/api/types'

/**
 * What only some hosts can do (the desktop app: clipboard, native dialogs, windows, hotkey).
 * A method whose hook is absent answers ApiError('unsupported').
 */
export interface HostHooks {
  /** Writes text and, when given, HTML to the clipboard as one item. */
  writeClipboard?(data: { text: string; html: string | null }): Promise<void>
  /** Asks where to save and writes the file; null when the person cancels. */
  saveFile?(file: ExportFile): Promise<string | null>
  /** Renders HTML to a PDF, asks where to save it and writes it; null when cancelled. */
  savePdf?(input: { html: string; filename: string }): Promise<string | null>
  pickFolder?(): Promise<string | null>
  pickFile?(): Promise<{ content: string; name: string } | null>
  /** Opens a validated http(s)/mailto URL outside the app. */
  openExternal?(url: string): Promise<boolean>
  windowCommand?(command: ApiArgs<'windowCommand'>): void | Promise<void>
  hotkeyStatus?(): HotkeyStatus
}
