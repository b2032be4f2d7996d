/** The real knowledge, search and ticket modules behind the service's ports. */
import { resolveWikiUrl } from '../../core/knowledge/wiki'
import { toArticleView } from '../../core/knowledge/view'
import {
  backupTicketsFile,
  exportTicketFile,
  exportTicketsFile,
} from '../../core/tickets/export/files'
import { fillReply } from '../../core/tickets/reply'
import { watchKnowledge } from '../knowledge'
import { openSearch } from '../search'
import { TicketStore } from '../tickets/ticket-store'
import type { ServiceBackends } from './ports'
import { ticketsBackendOver } from './tickets-backend'

/**
 * The real modules; `now` is the service's clock. `searchWorkerUrl` is the script that rebuilds
 * the index off the main thread (a bundle passes its own; openSearch finds the source otherwise).
 */
export function createDefaultBackends(
  now: () => Date = () => new Date(),
  options: {
    searchWorkerUrl?: URL
    /** Warm the search engine up after opening (long-lived hosts; default true). */
    warmUp?: boolean
    /** Answer only once the index matches the files (a one-shot host: the CLI). */
    waitUntilCurrent?: boolean
    /** Where the ticket store reports damaged files it moved aside (default console.warn). */
    log?: (message: string) => void
  } = {},
): ServiceBackends {
  return {
    knowledge: {
      watch: (dirs, onChange) => watchKnowledge(dirs, () => onChange()),
      resolveWikiUrl: (kb, url) => resolveWikiUrl(kb, url) ?? { articleId: null, anchor: null },
      view: (kb, article) => toArticleView(kb, article),
    },
    search: {
      open: async ({ knowledgeDirs, dataDir, signal }) => {
        const session = await openSearch({
          knowledgeDirs,
          dataDir,
          signal,
          workerUrl: options.searchWorkerUrl,
          warmUp: options.warmUp ?? true,
        })
        if (options.waitUntilCurrent) await session.ready
        return session
      },
    },
    tickets: (dataDir) =>
      ticketsBackendOver(TicketStore.open(dataDir, { now, log: options.log }), now),
    documents: {
      fillReply: ({ article, ticket, settings, values, variant }) =>
        fillReply({ article, ticket, settings, values, variant }),
      exportTicket: ({ ticket, format, kb, now: at }) =>
        exportTicketFile(
          ticket,
          format,
          (id) => kb.byId.get(id),
          () => at,
        ),
      exportTickets: ({ tickets, format, since, until, kb, now: at }) =>
        exportTicketsFile(
          tickets,
          format,
          { since, until },
          (id) => kb.byId.get(id),
          () => at,
        ),
      backup: ({ tickets, now: at }) => backupTicketsFile(tickets, () => at),
    },
  }
}
