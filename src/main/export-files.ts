/** Save dialogs and PDF rendering for exports, over dialog- and window-like objects. */
import { writeFile } from 'node:fs/promises'
import type { ExportFile } from '../core/api/types'

export interface SaveDialogLike {
  showSaveDialog(options: {
    defaultPath: string
    filters: { name: string; extensions: string[] }[]
  }): Promise<{ canceled: boolean; filePath?: string }>
}

function filterFor(filename: string): { name: string; extensions: string[] }[] {
  const ext = filename.split('.').pop()?.toLowerCase() ?? ''
  return ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : []
}

/** Asks where to save (proposing the export's name in `defaultDir`) and writes it; null on cancel. */
export async function saveWithDialog(
  dialog: SaveDialogLike,
  defaultDir: string,
  file: { filename: string; content: string | Uint8Array },
): Promise<string | null> {
  const answer = await dialog.showSaveDialog({
    defaultPath: `${defaultDir}/${file.filename}`,
    filters: filterFor(file.filename),
  })
  if (answer.canceled || !answer.filePath) return null
  await writeFile(answer.filePath, file.content)
  return answer.filePath
}

export interface PdfWindowLike {
  loadURL(url: string): Promise<void>
  webContents: { printToPDF(options: Record<string, unknown>): Promise<Uint8Array> }
  destroy(): void
}

/** Renders an HTML export to PDF in a hidden, script-less window. */
export async function renderPdf(
  createWindow: () => PdfWindowLike,
  html: string,
): Promise<Uint8Array> {
  const win = createWindow()
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`)
    return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
  } finally {
    win.destroy()
  }
}

export type { ExportFile }
