/** In-memory stand-ins for the knowledge, search and ticket modules (tests of the hosts). */
import type { ReplyView } from '../../../core/api/types'
import type { Article, KnowledgeBase } from '../../../core/knowledge/types'
import { makeArticle, makeStep } from '../../../core/knowledge/testing/make-article'
import { toArticleView } from '../../../core/knowledge/view'
import { backupTicketsFile } from '../../../core/tickets/export/files'
import type { ArticleLookup } from '../../../core/tickets/export/rows'
import { ticketSummaries } from '../../../core/tickets/checklist'
import type { Ticket, TicketSummary } from '../../../core/tickets/types'
import { summarizeKnowledgeBase } from '../../search/summary'
import type { TicketRecords } from '../../tickets/ticket-store'
import type { KnowledgeSessionPort, ServiceBackends, TicketsBackend } from '../ports'
import { ticketsBackendOver } from '../tickets-backend'

export function fakeArticle(id: string, title: string, steps: string[] = []): Article {
  return {
    ...makeArticle({ id, path: id.split('/').slice(1).join('/'), title }),
    reply: {
      status: 'ready',
      blocks: [],
      text: 'Prezado(a) [nome do usuário], resolvido.',
      placeholders: ['[nome do usuário]'],
      fields: [],
      variants: [],
    },
    steps: steps.map((label, index) => makeStep(index, label)),
  }
}

export function fakeKnowledgeBase(dirs: string[]): KnowledgeBase {
  const articles = dirs.length
    ? [
        fakeArticle('kb/certificado.rst', 'Certificado digital em ambientes diferentes', [
          'Conferir o certificado',
          'Limpar o cache',
        ]),
        fakeArticle('kb/tramite.rst', 'Trâmite recusado'),
      ]
    : []
  return {
    roots: dirs.map((dir, i) => ({ dir, name: i ? `kb${i}` : 'kb' })),
    files: articles.length,
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    // With several roots, problem paths carry the root's name (as linkKnowledgeBase writes them).
    problems: [
      {
        path: dirs.length > 1 ? 'kb/tramite.rst' : 'tramite.rst',
        line: 3,
        severity: 'warning',
        code: 'x',
        message: 'm',
      },
    ],
  }
}

/** Ticket records in memory, with TicketStore's semantics: copies in, copies out. */
class MemoryTicketRecords implements TicketRecords {
  readonly map = new Map<string, Ticket>()

  async get(number: string): Promise<Ticket | null> {
    const ticket = this.map.get(number)
    return ticket ? structuredClone(ticket) : null
  }

  async save(ticket: Ticket): Promise<Ticket> {
    this.map.set(ticket.number, structuredClone(ticket))
    return ticket
  }

  async update(
    number: string,
    change: (current: Ticket | null) => Ticket | null,
  ): Promise<Ticket | null> {
    const current = await this.get(number)
    const next = change(current)
    if (next && next !== current) this.map.set(number, structuredClone(next))
    return next ?? current
  }

  async all(): Promise<Ticket[]> {
    return [...this.map.values()].map((t) => structuredClone(t))
  }

  async list(
    filter: { since?: string; status?: 'open' | 'closed' } = {},
    lookup?: ArticleLookup,
  ): Promise<TicketSummary[]> {
    return ticketSummaries(await this.all(), filter, lookup)
  }
}

/** The real tickets backend over records kept in memory; `map` shows (and lets tests edit) them. */
export function fakeTickets(now: () => Date = () => new Date()): TicketsBackend & {
  map: Map<string, Ticket>
} {
  const records = new MemoryTicketRecords()
  return { ...ticketsBackendOver(Promise.resolve(records), now), map: records.map }
}

/** A fake search session: `refresh()` always reloads and swaps; tests can inspect it. */
export interface FakeSession extends KnowledgeSessionPort {
  dirs: string[]
  closed: boolean
  refreshes: number
}

function fakeSession(dirs: string[], search: FakeSearch): FakeSession {
  const listeners = new Set<() => void>()
  let kb = fakeKnowledgeBase(dirs)
  return {
    dirs,
    closed: false,
    refreshes: 0,
    get kb() {
      return kb
    },
    get summary() {
      return summarizeKnowledgeBase(kb)
    },
    index: {
      search: (query) => ({
        query,
        tookMs: 0,
        results: kb.articles
          .filter((a) => a.title.toLowerCase().includes(query.toLowerCase()))
          .map((a) => ({
            id: a.id,
            path: a.path,
            title: a.title,
            score: 1,
            snippet: '',
            marks: [],
            section: 'title',
            sectionTitle: '',
            kind: a.kind,
            product: a.product,
            superseded: false,
            date: null,
            version: null,
            responsibility: null,
            olderVersions: [],
          })),
      }),
    },
    ready: Promise.resolve(),
    async refresh() {
      this.refreshes++
      await search.gate
      kb = fakeKnowledgeBase(dirs)
      for (const listener of listeners) listener()
      return true
    },
    onSwap(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      this.closed = true
    },
  }
}

interface FakeSearch {
  sessions: FakeSession[]
  /** Refreshes wait for this promise (tests hold a rebuild open with it). */
  gate: Promise<void>
}

/** Fake backends; `tickets` is shared so tests can inspect what was recorded. */
export function fakeBackends(tickets = fakeTickets()): ServiceBackends & {
  watchers: { dirs: string[]; fire: () => void }[]
  search: ServiceBackends['search'] & FakeSearch
} {
  const watchers: { dirs: string[]; fire: () => void }[] = []
  const search: ServiceBackends['search'] & FakeSearch = {
    sessions: [],
    gate: Promise.resolve(),
    open: async ({ knowledgeDirs }) => {
      const session = fakeSession(knowledgeDirs, search)
      search.sessions.push(session)
      return session
    },
  }
  return {
    watchers,
    knowledge: {
      watch: (dirs, onChange) => {
        const entry = { dirs, fire: onChange }
        watchers.push(entry)
        return { close: () => void watchers.splice(watchers.indexOf(entry), 1) }
      },
      resolveWikiUrl: (_kb, url) =>
        url.includes('certificado')
          ? { articleId: 'kb/certificado.rst', anchor: null }
          : { articleId: null, anchor: null },
      view: (kb, article) => toArticleView(kb, article),
    },
    search,
    tickets: () => tickets,
    documents: {
      fillReply: ({ article, ticket, settings, values }): ReplyView => {
        const name = values.requester ?? ticket?.requester ?? '[nome do usuário]'
        const text = `${settings.greeting} ${name}, ${article.title}.`
        return {
          articleId: article.id,
          status: 'ready',
          text,
          html: `<p>${text}</p>`,
          fields: [],
          notice: null,
          stepsDone: '',
          variant: 0,
          variants: [''],
        }
      },
      exportTicket: ({ ticket, format }) => ({
        filename: `chamado-${ticket.number}.${format}`,
        mime: format === 'html' ? 'text/html' : 'text/plain',
        content: `${format}:${ticket.number}`,
      }),
      exportTickets: ({ tickets: list, format, since }) => ({
        filename: `chamados.${format}`,
        mime: 'text/plain',
        content: list
          .filter((t) => !since || t.updatedAt >= since)
          .map((t) => t.number)
          .join(','),
      }),
      backup: ({ tickets: list, now: at }) => backupTicketsFile(list, () => at),
    },
  }
}
