/** The contract's ticket methods: records, steps, checklists and the reply filled for a ticket. */
import { ApiError, type ApiImplementation } from '../../core/api/contract'
import { checklistView } from '../../core/tickets/checklist'
import type { StepSource } from '../../core/tickets/model'
import { withCurrentKeysAll } from '../../core/tickets/step-keys'
import type { Ticket } from '../../core/tickets/types'
import type { SettingsStore } from '../settings'
import type { HostHooks } from './hooks'
import type { KnowledgeState } from './knowledge-state'
import type { DocumentsBackend, TicketsBackend } from './ports'

/** Tells every window and the team engine that tickets changed; returns what it is given. */
export type TicketsChanged = <T>(value: T) => T

export interface TicketApiOptions {
  tickets: TicketsBackend
  docs: DocumentsBackend
  knowledge: KnowledgeState
  settings: SettingsStore
  hooks: HostHooks
  changed: TicketsChanged
}

type TicketMethods = Pick<
  ApiImplementation,
  | 'openTicket'
  | 'getTicket'
  | 'listTickets'
  | 'updateTicket'
  | 'linkArticle'
  | 'unlinkArticle'
  | 'setStep'
  | 'setStepNote'
  | 'getChecklist'
  | 'closeTicket'
  | 'reopenTicket'
  | 'renderReply'
  | 'setReplyValues'
  | 'copyReply'
>

/** The recorded ticket with this number; ApiError('not-found') when there is none. */
export async function requireTicket(tickets: TicketsBackend, number: string): Promise<Ticket> {
  const found = await tickets.get(number)
  if (!found)
    throw new ApiError('not-found', `Chamado não encontrado: ${number}`, { ticket: number })
  return found
}

/** Builds the ticket and reply methods of the API. */
export function ticketApi(options: TicketApiOptions): TicketMethods {
  const { tickets, docs, knowledge, settings, hooks, changed } = options
  const ticket = (number: string) => requireTicket(tickets, number)
  /** The article a step belongs to; one that left the roots keeps only its id (recorded labels). */
  const stepSource = async (articleId: string): Promise<StepSource> => {
    const { kb } = await knowledge.current()
    return kb.byId.get(articleId) ?? { id: articleId, title: articleId, steps: [] }
  }
  const reply = async (args: {
    articleId: string
    number?: string
    values?: Record<string, string>
    variant?: number
  }) => {
    const { article } = await knowledge.article(args.articleId)
    const t = args.number ? await ticket(args.number) : null
    const values = { ...(t?.replyValues[args.articleId] ?? {}), ...(args.values ?? {}) }
    return docs.fillReply({
      article,
      ticket: t,
      settings: settings.get(),
      values,
      variant: args.variant,
    })
  }

  return {
    openTicket: async (args) => {
      if (args.articleIds?.length) {
        const { kb } = await knowledge.current()
        const unknown = args.articleIds.filter((id) => !kb.byId.has(id))
        if (unknown.length)
          throw new ApiError('not-found', `Artigo não encontrado: ${unknown[0]}`, {
            article: unknown[0],
          })
      }
      return changed(await tickets.open(args))
    },
    getTicket: async ({ number }) => {
      const { kb } = await knowledge.current()
      return withCurrentKeysAll(await ticket(number), (id) => kb.byId.get(id))
    },
    listTickets: async (args) => {
      const { kb } = await knowledge.current()
      return tickets.list(args, (id) => kb.byId.get(id))
    },
    updateTicket: async ({ number, ...patch }) => changed(await tickets.update(number, patch)),
    linkArticle: async ({ number, articleId }) => {
      await knowledge.article(articleId)
      return changed(await tickets.linkArticle(number, articleId))
    },
    // No knowledge lookup: an article that left the knowledge base can still be unlinked.
    unlinkArticle: async ({ number, articleId }) =>
      changed(await tickets.unlinkArticle(number, articleId)),
    setStep: async ({ number, articleId, ...change }) =>
      changed(await tickets.setStep(number, await stepSource(articleId), change)),
    setStepNote: async (args) =>
      changed(
        await tickets.setStepNote(
          args.number,
          await stepSource(args.articleId),
          args.stepKey,
          args.note,
        ),
      ),
    getChecklist: async ({ articleId, number }) => {
      const t = number ? await ticket(number) : null
      return checklistView(t, await stepSource(articleId))
    },
    closeTicket: async ({ number }) => changed(await tickets.closeTicket(number)),
    reopenTicket: async ({ number }) => changed(await tickets.reopenTicket(number)),

    renderReply: (args) => reply(args),
    setReplyValues: async ({ number, articleId, values, variant }) => {
      await knowledge.article(articleId)
      const saved = await tickets.setReplyValues(number, articleId, values)
      if (variant === undefined) return changed(saved)
      return changed(await tickets.setReplyVariant(number, articleId, variant))
    },
    copyReply: async (args) => {
      const view = await reply(args)
      let copiedByHost = false
      if (hooks.writeClipboard) {
        await hooks.writeClipboard({ text: view.text, html: args.plainOnly ? null : view.html })
        copiedByHost = true
      }
      if (args.number) {
        // The template copied is the one the agent chose: remember it for this ticket.
        if (args.variant !== undefined)
          await tickets.setReplyVariant(args.number, args.articleId, view.variant)
        changed(await tickets.recordReplyCopied(args.number, args.articleId))
      }
      return { ...view, copiedByHost }
    },
  }
}
