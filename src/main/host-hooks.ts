/** The desktop host's hooks for the service, built from Electron-like objects. */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { HostHooks } from '../node/service/hooks'
import {
  writeReplyToClipboard,
  type ClipboardItemConstructor,
  type ClipboardLike,
} from './clipboard'
import { renderPdf, saveWithDialog, type PdfWindowLike, type SaveDialogLike } from './export-files'
import type { HotkeyManager } from './hotkey'
import type { LookupController } from './lookup'

export interface DesktopDeps {
  clipboard: ClipboardLike
  ClipboardItem: ClipboardItemConstructor
  dialog: SaveDialogLike & {
    showOpenDialog(options: {
      properties: string[]
      filters?: { name: string; extensions: string[] }[]
    }): Promise<{ canceled: boolean; filePaths: string[] }>
  }
  documentsDir: () => string
  createPdfWindow: () => PdfWindowLike
  openExternal: (url: string) => Promise<void>
  lookup: LookupController
  hotkey: HotkeyManager
}

/** Largest file the import picker reads (backups of years of tickets stay far below it). */
export const MAX_IMPORT_BYTES = 200_000_000

export function desktopHooks(deps: DesktopDeps): HostHooks {
  return {
    writeClipboard: (data) => writeReplyToClipboard(deps.clipboard, deps.ClipboardItem, data),
    saveFile: (file) => saveWithDialog(deps.dialog, deps.documentsDir(), file),
    savePdf: async ({ html, filename }) => {
      const pdf = await renderPdf(deps.createPdfWindow, html)
      return saveWithDialog(deps.dialog, deps.documentsDir(), { filename, content: pdf })
    },
    pickFolder: async () => {
      const answer = await deps.dialog.showOpenDialog({ properties: ['openDirectory'] })
      return answer.canceled ? null : (answer.filePaths[0] ?? null)
    },
    pickFile: async () => {
      const answer = await deps.dialog.showOpenDialog({
        properties: ['openFile'],
        filters: [{ name: 'Chamados', extensions: ['json', 'csv'] }],
      })
      const path = answer.canceled ? undefined : answer.filePaths[0]
      if (!path) return null
      const content = await readFile(path, 'utf8')
      if (content.length > MAX_IMPORT_BYTES) throw new Error('import file too large')
      return { content, name: basename(path) }
    },
    openExternal: async (url) => {
      await deps.openExternal(url)
      return true
    },
    windowCommand: (command) => {
      if (command.command === 'hide-lookup') deps.lookup.hide()
      else if (command.command === 'open-article' && command.articleId)
        deps.lookup.openArticle(command.articleId)
      else {
        deps.lookup.hide()
        deps.lookup.showMain()
      }
    },
    hotkeyStatus: () => deps.hotkey.status(),
  }
}
