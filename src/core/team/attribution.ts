import type { TicketHistoryEvent } from '../tickets/types'
import type { Attribution } from './types'

/**
 * A short key naming one history event: its time, kind and target. Two events with the same key
 * are the same event recorded on two machines (history merge keeps one of them).
 */
export function eventKey(event: TicketHistoryEvent): string {
  const target =
    'stepKey' in event
      ? `${event.articleId}#${event.stepKey}`
      : 'articleId' in event
        ? event.articleId
        : 'to' in event
          ? event.to
          : 'format' in event
            ? event.format
            : ''
  return `${event.at}|${event.type}|${target}`
}

/**
 * Combines the attributions of several revisions (the smallest name wins a disagreement, so every
 * machine picks the same) and gives every event nobody claimed yet to `user`: on one data folder
 * only its agent records events, and events from others arrive with their attribution.
 */
export function attribute(
  history: TicketHistoryEvent[],
  known: Attribution[],
  user: string,
): Attribution {
  const combined: Attribution = {}
  for (const attribution of known)
    for (const [key, agent] of Object.entries(attribution)) {
      const seen = combined[key]
      if (seen === undefined || agent < seen) combined[key] = agent
    }
  const by: Attribution = {}
  for (const event of history) {
    const key = eventKey(event)
    by[key] = combined[key] ?? user
  }
  return by
}

/** The agent who recorded an event, or null when nobody is known. */
export function agentOf(by: Attribution, event: TicketHistoryEvent): string | null {
  return by[eventKey(event)] ?? null
}
