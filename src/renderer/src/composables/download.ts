import type { ExportFile } from '../../../core/api/types'

/** Browser mode: saves an export through the browser's download. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Browser mode "PDF": opens the HTML export and the print dialog (Save as PDF). */
export function printHtml(file: ExportFile): boolean {
  const url = URL.createObjectURL(new Blob([file.content], { type: 'text/html' }))
  const win = window.open(url, '_blank')
  if (!win) return false
  win.addEventListener('load', () => win.print(), { once: true })
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return true
}
