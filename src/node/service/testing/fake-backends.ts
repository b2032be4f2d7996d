/** In-memory stand-ins for the knowledge, search and ticket modules (tests of the hosts). */
import type { ReplyView } from '../../../core/api/types'
import type { Article, KnowledgeBase } from '../../../core/knowledge/types'
import { makeArticle } from '../../../core/knowledge/testing/make-article'
import { toArticleView } from '../../../core/knowledge/view'
import { TICKET_SCHEMA_VERSION, type Ticket } from '../../../core/tickets/types'
import type { KnowledgeSessionPort, ServiceBackends, TicketsBackend } from '../ports'

export function fakeArticle(id: string, title: string, steps: string[] = []): Article {
  return {
    ...makeArticle({ id, path: id.split('/').slice(1).join('/'), title }),
    reply: {
      status: 'ready',
      blocks: [],
      text: 'Prezado(a) [nome do usuário], resolvido.',
      placeholders: ['[nome do usuário]'],
      fields: [],
    },
    steps: steps.map((label, index) => ({ key: `k${index}`, index, label, detail: '', line: 1 })),
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
    problems: [{ path: 'tramite.rst', line: 3, severity: 'warning', code: 'x', message: 'm' }],
  }
}

export function fakeTickets(now: () => Date = () => new Date()): TicketsBackend & {
  map: Map<string, Ticket>
} {
  const map = new Map<string, Ticket>()
  const at = () => now().toISOString()
  const edit = async (number: string, change: (t: Ticket) => void) => {
    const current = map.get(number)
    if (!current) throw new Error(`no ticket ${number}`)
    const next = structuredClone(current)
    change(next)
    next.updatedAt = at()
    map.set(number, next)
    return structuredClone(next)
  }
  return {
    map,
    async open(args) {
      const existing = map.get(args.number)
      if (existing) return structuredClone(existing)
      const t: Ticket = {
        schemaVersion: TICKET_SCHEMA_VERSION,
        number: args.number,
        requester: args.requester ?? '',
        organization: args.organization ?? '',
        createdAt: at(),
        updatedAt: at(),
        closedAt: null,
        status: 'open',
        articles: args.articleIds ?? [],
        steps: {},
        replyValues: {},
        notes: '',
        history: [{ type: 'opened', at: at() }],
      }
      map.set(t.number, t)
      return structuredClone(t)
    },
    async get(number) {
      const t = map.get(number)
      return t ? structuredClone(t) : null
    },
    async list(filter) {
      return [...map.values()]
        .filter((t) => !filter.status || t.status === filter.status)
        .map((t) => ({
          number: t.number,
          requester: t.requester,
          organization: t.organization,
          status: t.status,
          createdAt: t.createdAt,
          updatedAt: t.updatedAt,
          articles: t.articles,
          stepsDone: 0,
          stepsTotal: null,
        }))
    },
    async all() {
      return [...map.values()].map((t) => structuredClone(t))
    },
    update: (number, patch) =>
      edit(number, (t) => {
        Object.assign(t, patch)
        t.history.push({ type: 'details-edited', at: at() })
      }),
    linkArticle: (number, articleId) =>
      edit(number, (t) => {
        if (!t.articles.includes(articleId)) t.articles.push(articleId)
      }),
    setStep: (number, step) =>
      edit(number, (t) => {
        t.steps[step.articleId] ??= {}
        t.steps[step.articleId][step.stepKey] = {
          done: step.done,
          at: at(),
          note: step.note ?? '',
          label: step.label,
        }
      }),
    setStepNote: (number, step) =>
      edit(number, (t) => {
        t.steps[step.articleId] ??= {}
        const prev = t.steps[step.articleId][step.stepKey]
        t.steps[step.articleId][step.stepKey] = {
          done: prev?.done ?? false,
          at: at(),
          note: step.note,
          label: step.label,
        }
      }),
    closeTicket: (number) =>
      edit(number, (t) => {
        t.status = 'closed'
        t.closedAt = at()
      }),
    reopenTicket: (number) =>
      edit(number, (t) => {
        t.status = 'open'
        t.closedAt = null
      }),
    setReplyValues: (number, articleId, values) =>
      edit(number, (t) => {
        t.replyValues[articleId] = values
      }),
    recordReplyCopied: (number, articleId) =>
      edit(number, (t) => t.history.push({ type: 'reply-copied', at: at(), articleId })),
    recordExported: (number, format) =>
      edit(number, (t) => t.history.push({ type: 'exported', at: at(), format })),
    async importContent(content) {
      const list = JSON.parse(content) as Ticket[]
      for (const t of list) map.set(t.number, t)
      return { added: list.length, updated: 0, skipped: 0, errors: [] }
    },
  }
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
      listFiles: async (dirs) => dirs.map((_, i) => (i ? [] : ['certificado.rst', 'tramite.rst'])),
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
      backup: ({ tickets: list }) => ({
        filename: 'backup.json',
        mime: 'application/json',
        content: JSON.stringify(list),
      }),
    },
  }
}
