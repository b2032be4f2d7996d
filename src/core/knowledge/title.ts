import { tidySpaces } from '../text/fold'

export interface ParsedTitle {
  /** Title without date prefix and version suffix. */
  title: string
  /** ISO date (YYYY-MM-DD), or null when absent or impossible. */
  date: string | null
  version: number | null
  /** The date prefix as written when it is not a real calendar date (e.g. "2023.00.18"). */
  impossibleDate: string | null
}

// "2024.08.29-Title", "2024-08-29 Title", "2024/08/29 – Title"
const DATE_PREFIX = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?:\s*[-–—:]\s*|\s+)/u
// "Title-V2", "Title -v1", "Title V2"
const VERSION_SUFFIX = /(?:\s*[-–—]\s*|\s+)v(\d{1,3})\s*$/iu

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Splits a raw heading like "2024.08.29-Some title-V2" into clean title, ISO date and version. */
export function parseTitle(raw: string): ParsedTitle {
  let rest = tidySpaces(raw)
  let date: string | null = null
  let impossibleDate: string | null = null
  const dated = DATE_PREFIX.exec(rest)
  if (dated) {
    const [whole, y, sep, m, d] = dated
    const year = Number(y)
    const month = Number(m)
    const day = Number(d)
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      date = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    } else {
      impossibleDate = `${y}${sep}${m}${sep}${d}`
    }
    rest = rest.slice(whole.length)
  }
  let version: number | null = null
  const versioned = VERSION_SUFFIX.exec(rest)
  if (versioned && versioned.index > 0) {
    version = Number(versioned[1])
    rest = rest.slice(0, versioned.index)
  }
  const title = rest.replace(/[\s\-–—]+$/u, '').trim()
  return { title: title || tidySpaces(raw), date, version, impossibleDate }
}
