import type { Ticket } from '../types'

export interface DateRange {
  /** Inclusive: AAAA-MM-DD (start of that day, UTC) or a full ISO time. */
  since?: string
  /** Inclusive: AAAA-MM-DD (the whole day, UTC) or a full ISO time. */
  until?: string
}

function bound(value: string, end: boolean): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = Date.parse(`${value}T00:00:00.000Z`)
    return end ? start + 86_400_000 - 1 : start
  }
  return Date.parse(value)
}

/** Tickets whose last change (updatedAt) falls in the range, oldest change first. */
export function ticketsInRange(tickets: Ticket[], range: DateRange): Ticket[] {
  const since = range.since ? bound(range.since, false) : -Infinity
  const until = range.until ? bound(range.until, true) : Infinity
  return tickets
    .filter((t) => {
      const at = Date.parse(t.updatedAt)
      return at >= since && at <= until
    })
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.number.localeCompare(b.number))
}
