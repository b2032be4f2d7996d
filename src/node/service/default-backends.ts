/** The real knowledge, search and ticket modules behind the service's ports. */
import { relative, sep } from 'node:path'
import { ApiError } from '../../core/api/contract'
import { resolveWikiUrl } from '../../core/knowledge/wiki'
import { toArticleView } from '../../core/knowledge/view'
import type { Article, KnowledgeBase } from '../../core/knowledge/types'
import { renderHtml } from '../../core/rst'
import {
  backupTicketsFile,
  exportTicketFile,
  exportTicketsFile,
} from '../../core/tickets/export/files'
import { planImport } from '../../core/tickets/export/import'
import * as model from '../../core/tickets/model'
import { fillReply } from '../../core/tickets/reply'
import type { Ticket } from '../../core/tickets/types'
import { listKnowledgeFiles, resolveImagePath, watchKnowledge } from '../knowledge'
import { openSearch } from '../search'
import { TicketStore } from '../tickets/ticket-store'
import type { ServiceBackends, TicketsBackend } from './ports'

/** Scheme of image URLs inside article HTML; the client maps it to its host (see transport-notes). */
export const KNOWLEDGE_IMAGE_SCHEME = 'roteiro-kb:'

function imageResolver(kb: KnowledgeBase, article: Article) {
  return (uri: string): string | null => {
    const file = resolveImagePath(kb, article, article.path, uri)
    const root = kb.roots[article.root]
    if (!file || !root) return null
    const rel = relative(root.dir, file).split(sep).map(encodeURIComponent).join('/')
    return `${KNOWLEDGE_IMAGE_SCHEME}${article.root}/${rel}`
  }
}

function ticketsBackend(dataDir: string, now: () => Date): TicketsBackend {
  const storePromise = TicketStore.open(dataDir, { now })
  const must = (t: Ticket | undefined, number: string): Ticket => {
    if (!t) throw new ApiError('not-found', `Chamado não encontrado: ${number}`)
    return t
  }
  const edit = async (number: string, change: (t: Ticket) => Ticket): Promise<Ticket> => {
    const store = await storePromise
    return must(await store.update(number, (t) => (t ? change(t) : undefined)), number)
  }
  return {
    async open(args) {
      const store = await storePromise
      const ticket = await store.update(args.number, (current) => {
        if (!current) return model.createTicket(args, now)
        // Opening a known number again brings it back with any new details and articles.
        let t = model.updateDetails(current, args, now)
        for (const id of args.articleIds ?? []) t = model.linkArticle(t, id, now)
        return t
      })
      return must(ticket, args.number)
    },
    get: async (number) => (await (await storePromise).get(number)) ?? null,
    list: async (filter) => (await storePromise).list(filter),
    all: async () => (await storePromise).all(),
    update: (number, patch) =>
      edit(number, (t) => {
        let next = t
        if (patch.requester !== undefined || patch.organization !== undefined)
          next = model.updateDetails(
            next,
            { requester: patch.requester, organization: patch.organization },
            now,
          )
        if (patch.notes !== undefined) next = model.setNotes(next, patch.notes, now)
        return next
      }),
    linkArticle: (number, articleId) => edit(number, (t) => model.linkArticle(t, articleId, now)),
    setStep: (number, step) =>
      edit(number, (t) =>
        model.recordStep(
          t,
          {
            articleId: step.articleId,
            stepKey: step.stepKey,
            label: step.label,
            done: step.done,
            note: step.note,
          },
          now,
        ),
      ),
    setStepNote: (number, step) =>
      edit(number, (t) => {
        const prev = t.steps[step.articleId]?.[step.stepKey]
        return model.recordStep(
          t,
          {
            articleId: step.articleId,
            stepKey: step.stepKey,
            label: step.label,
            done: prev?.done ?? false,
            note: step.note,
          },
          now,
        )
      }),
    closeTicket: (number) => edit(number, (t) => model.closeTicket(t, now)),
    reopenTicket: (number) => edit(number, (t) => model.reopenTicket(t, now)),
    setReplyValues: (number, articleId, values) =>
      edit(number, (t) => model.setReplyValues(t, articleId, values, now)),
    recordReplyCopied: (number, articleId) =>
      edit(number, (t) => model.recordReplyCopied(t, articleId, now)),
    recordExported: (number, format) => edit(number, (t) => model.recordExported(t, format, now)),
    async importContent(content) {
      const store = await storePromise
      const existing = new Map((await store.all()).map((t) => [t.number, t]))
      const plan = planImport(content, (number) => existing.get(number))
      for (const ticket of plan.write) await store.save(ticket)
      return plan.report
    },
  }
}

/**
 * The real modules; `now` is the service's clock. `searchWorkerUrl` is the script that rebuilds
 * the index off the main thread (a bundle passes its own; openSearch finds the source otherwise).
 */
export function createDefaultBackends(
  now: () => Date = () => new Date(),
  options: { searchWorkerUrl?: URL } = {},
): ServiceBackends {
  return {
    knowledge: {
      listFiles: (dirs) => Promise.all(dirs.map((dir) => listKnowledgeFiles(dir))),
      watch: (dirs, onChange) => watchKnowledge(dirs, () => onChange()),
      resolveWikiUrl: (kb, url) => resolveWikiUrl(kb, url) ?? { articleId: null, anchor: null },
      view: (kb, article) =>
        toArticleView(kb, article, (blocks) =>
          renderHtml(blocks, { resolveImage: imageResolver(kb, article) }),
        ),
    },
    search: {
      open: ({ knowledgeDirs, dataDir, signal }) =>
        openSearch({
          knowledgeDirs,
          dataDir,
          signal,
          workerUrl: options.searchWorkerUrl,
          warmUp: true,
        }),
    },
    tickets: (dataDir) => ticketsBackend(dataDir, now),
    documents: {
      fillReply: ({ article, ticket, settings, values }) =>
        fillReply({ article, ticket, settings, values, now }),
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
