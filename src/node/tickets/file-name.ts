import { createHash } from 'node:crypto'

/**
 * The file name of a ticket's record: the number with every character other than letters,
 * digits and "-" percent-encoded ("/" and "." included, so no path tricks and no Windows
 * trailing-dot or reserved-name issues), plus a hash of the exact number so "ABC" and "abc"
 * never share a file on case-insensitive file systems.
 */
export function ticketFileName(number: string): string {
  const encoded = number.replace(
    /[^A-Za-z0-9-]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  )
  const hash = createHash('sha256').update(number, 'utf8').digest('hex').slice(0, 8)
  return `chamado_${encoded}_${hash}.json`
}

/** True for names that hold a ticket record (not temp files, not files moved aside). */
export function isTicketFileName(name: string): boolean {
  return name.startsWith('chamado_') && name.endsWith('.json')
}
