/**
 * Clipboard writes from the main process only. Electron 44+ replaced clipboard.write({text, html})
 * with a promise-based API taking ClipboardItem objects (W3C-like); one item carrying both types
 * is committed atomically, so the ticket system gets the rich reply and plain-text fields the text.
 */
export interface ClipboardLike {
  write(items: unknown[]): Promise<void>
  writeText(text: string): Promise<void>
  readText(): Promise<string>
}

export type ClipboardItemConstructor = new (items: Record<string, string>) => unknown

export async function writeReplyToClipboard(
  clipboard: ClipboardLike,
  ClipboardItem: ClipboardItemConstructor,
  data: { text: string; html: string | null },
): Promise<void> {
  if (!data.html) return clipboard.writeText(data.text)
  await clipboard.write([new ClipboardItem({ 'text/plain': data.text, 'text/html': data.html })])
}
