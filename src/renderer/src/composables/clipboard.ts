/**
 * Browser mode: writes the reply as text AND HTML (ticket systems keep the formatting), falling
 * back to plain text where ClipboardItem is missing or refused. Returns whether anything was written.
 */
export async function writeClipboard(
  text: string,
  html: string,
  plainOnly: boolean,
): Promise<boolean> {
  const clipboard = navigator.clipboard
  if (!clipboard) return false
  if (!plainOnly && html && typeof ClipboardItem !== 'undefined' && clipboard.write) {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ])
      return true
    } catch {
      // some browsers refuse text/html: fall back to plain text below
    }
  }
  try {
    await clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
