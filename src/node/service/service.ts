import { withCurrentKeysAll } from '../../core/tickets/step-keys'
import { ApiError, type ApiEvent, type ApiImplementation } from '../../core/api/contract'
import type { HostInfo, LintReport } from '../../core/api/types'
import { toArticleSummary } from '../../core/knowledge/view'
import type { KnowledgeBase } from '../../core/knowledge/types'
import { checklistView } from '../../core/tickets/checklist'
import type { StepSource } from '../../core/tickets/model'
import type { Ticket } from '../../core/tickets/types'
import { BUNDLED_KNOWLEDGE_DIR } from '../paths'
import type { SettingsStore } from '../settings'
import type { HostHooks } from './hooks'
import { createKnowledgeState } from './knowledge-state'
import type { ServiceBackends } from './ports'
import { isSafeExternalUrl } from './url-policy'
import { environmentOr, fileVault, type PasswordVault } from '../team/password'
import { teamApi } from '../team/team-api'
import { createTeamEngine } from '../team/team-engine'
import { TicketStore } from '../tickets/ticket-store'

export interface RoteiroServiceOptions {
  knowledgeDirs: string[]
  dataDir: string
  settings: SettingsStore
  host: HostInfo
  now?: () => Date
  hooks?: HostHooks
  /** The real modules by default; tests pass fakes. */
  backends?: ServiceBackends
  /** The bundled search worker script (the Electron main build emits one; see openSearch). */
  searchWorkerUrl?: URL
  /** Reload when knowledge files change (default true). */
  watch?: boolean
  /** Start loading the knowledge at once (default true); else on the first call that needs it. */
  loadAtStart?: boolean
  /** The folder shown as "bundled" in the status (default: the repository's knowledge/). */
  bundledDir?: string | null
  /** Where the team password is kept (the desktop passes safeStorage; default: env or 0600 file). */
  teamVault?: PasswordVault
}

export interface RoteiroService {
  /** The contract's methods over validated arguments; hosts call them through `dispatch`. */
  api: ApiImplementation
  /** Subscribes to host events; returns the function that unsubscribes. */
  events: (listener: (event: ApiEvent) => void) => () => void
  /** Emits an event to every subscriber (hosts push open-article / focus-search through it). */
  emit: (event: ApiEvent) => void
  /** The knowledge roots in use, in index order (for image URLs). */
  knowledgeRoots: () => string[]
  close(): Promise<void>
}

function lint(kb: KnowledgeBase): LintReport {
  return {
    files: kb.files,
    problems: kb.problems,
    problemFiles: new Set(kb.problems.map((p) => p.path)).size,
  }
}

function unsupported(what: string): never {
  throw new ApiError('unsupported', `${what} não está disponível neste modo (use o aplicativo).`, {
    feature: what,
  })
}

/**
 * The API implemented over the knowledge, search and ticket modules. Arguments are validated by
 * `dispatch` (every host calls through it); the methods trust their arguments' shape.
 */
export async function createRoteiroService(opts: RoteiroServiceOptions): Promise<RoteiroService> {
  const now = opts.now ?? (() => new Date())
  const hooks = opts.hooks ?? {}
  const backends =
    opts.backends ??
    (await import('./default-backends')).createDefaultBackends(now, {
      searchWorkerUrl: opts.searchWorkerUrl,
    })
  const listeners = new Set<(event: ApiEvent) => void>()
  const emit = (event: ApiEvent): void => {
    for (const listener of listeners) {
      try {
        listener(event)
      } catch {
        // A broken subscriber (a closed window, a dropped HTTP stream) must not stop the others.
      }
    }
  }
  const knowledge = createKnowledgeState({
    baseDirs: opts.knowledgeDirs,
    bundledDir: opts.bundledDir === undefined ? BUNDLED_KNOWLEDGE_DIR : opts.bundledDir,
    dataDir: opts.dataDir,
    settings: opts.settings,
    knowledge: backends.knowledge,
    search: backends.search,
    onChanged: (status) => emit({ type: 'knowledge-changed', status }),
    watch: opts.watch ?? true,
    loadAtStart: opts.loadAtStart ?? true,
  })
  const tickets = backends.tickets(opts.dataDir)
  const docs = backends.documents

  const ticket = async (number: string): Promise<Ticket> => {
    const found = await tickets.get(number)
    if (!found)
      throw new ApiError('not-found', `Chamado não encontrado: ${number}`, { ticket: number })
    return found
  }
  let teamRecords: Promise<TicketStore> | null = null
  const teamStore = () => (teamRecords ??= TicketStore.open(opts.dataDir, { now, log: () => {} }))
  const team = createTeamEngine({
    dataDir: opts.dataDir,
    settings: opts.settings,
    vault: opts.teamVault ?? environmentOr(fileVault(opts.dataDir)),
    now,
    store: teamStore,
    onTicketsChanged: () => emit({ type: 'tickets-changed' }),
    onStatus: (status) => emit({ type: 'team-status', status }),
  })
  const changed = <T>(value: T): T => {
    emit({ type: 'tickets-changed' })
    team.notifyLocalChange()
    return value
  }
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
    const settings = opts.settings.get()
    return docs.fillReply({ article, ticket: t, settings, values, variant: args.variant })
  }
  const exportOne = async (number: string, format: 'md' | 'csv' | 'json' | 'html') => {
    const t = await ticket(number)
    const { kb } = await knowledge.current()
    return docs.exportTicket({ ticket: t, format, kb, now: now() })
  }

  const exportMany = async (range: { format: 'csv' | 'json'; since?: string; until?: string }) => {
    const { kb } = await knowledge.current()
    return docs.exportTickets({ ...range, tickets: await tickets.all(), kb, now: now() })
  }

  const api = {
    search: async (args) => {
      const { index } = await knowledge.current()
      return index.search(args.query, args)
    },
    listArticles: async () => (await knowledge.current()).kb.articles.map(toArticleSummary),
    getArticle: async ({ id }) => {
      const { kb, article } = await knowledge.article(id)
      return backends.knowledge.view(kb, article)
    },
    resolveWikiLink: async ({ url }) =>
      backends.knowledge.resolveWikiUrl((await knowledge.current()).kb, url),
    lintReport: async () => lint((await knowledge.current()).kb),
    knowledgeStatus: async () => knowledge.status(),
    addKnowledgeRoot: ({ dir }) => knowledge.addRoot(dir),
    removeKnowledgeRoot: ({ dir }) => knowledge.removeRoot(dir),
    reloadKnowledge: () => knowledge.reload(),

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

    exportTicket: async ({ number, format }) => {
      const file = await exportOne(number, format)
      changed(await tickets.recordExported(number, format))
      return file
    },
    exportTickets: (range) => exportMany(range),
    backupTickets: async () => docs.backup({ tickets: await tickets.all(), now: now() }),
    importTickets: async ({ content }) => changed(await tickets.importContent(content)),

    ...teamApi({
      engine: team,
      settings: opts.settings,
      store: teamStore,
      now,
      changed: () => changed(undefined),
      articles: async () => {
        const { kb } = await knowledge.current()
        return (id) => kb.byId.get(id)
      },
    }),
    getSettings: async () => opts.settings.get(),
    updateSettings: async (patch) => {
      const settings = opts.settings.update(patch)
      emit({ type: 'settings-changed' })
      return settings
    },
    hotkeyStatus: async () =>
      hooks.hotkeyStatus?.() ?? {
        accelerator: opts.settings.get().hotkey,
        registered: false,
        error: null,
        available: false,
      },
    hostInfo: async () => {
      const reset = opts.settings.recovery
      return {
        ...opts.host,
        settingsReset: reset ? { backupPath: reset.backupPath, resetKeys: reset.resetKeys } : null,
      }
    },

    saveTicketExport: async ({ number, format }) => {
      if (format === 'pdf') {
        const savePdf = hooks.savePdf ?? unsupported('Salvar em PDF')
        const html = await exportOne(number, 'html')
        const path = await savePdf({
          html: html.content,
          filename: html.filename.replace(/\.html?$/i, '') + '.pdf',
        })
        if (path) changed(await tickets.recordExported(number, 'pdf'))
        return { path }
      }
      const saveFile = hooks.saveFile ?? unsupported('Salvar arquivo')
      const path = await saveFile(await exportOne(number, format))
      if (path) changed(await tickets.recordExported(number, format))
      return { path }
    },
    saveBulkExport: async ({ format, since, until }) => {
      if (!hooks.saveFile) unsupported('Salvar arquivo')
      const file =
        format === 'backup'
          ? docs.backup({ tickets: await tickets.all(), now: now() })
          : await exportMany({ format, since, until })
      return { path: await hooks.saveFile(file) }
    },
    pickKnowledgeFolder: async () => {
      if (!hooks.pickFolder) unsupported('Escolher pasta')
      return { dir: await hooks.pickFolder() }
    },
    pickImportFile: async () => {
      if (!hooks.pickFile) unsupported('Escolher arquivo')
      const picked = await hooks.pickFile()
      return { content: picked?.content ?? null, name: picked?.name ?? null }
    },
    openExternal: async ({ url }) => {
      if (!hooks.openExternal) unsupported('Abrir link externo')
      if (!isSafeExternalUrl(url))
        throw new ApiError('forbidden', 'Só links http, https e mailto podem ser abertos.')
      return { opened: await hooks.openExternal(url) }
    },
    windowCommand: async (command) => {
      if (!hooks.windowCommand) unsupported('Comando de janela')
      if (command.command === 'open-article') {
        if (!command.articleId) throw new ApiError('bad-arguments', 'articleId: obrigatório')
        await knowledge.article(command.articleId)
      }
      await hooks.windowCommand(command)
      return { ok: true as const }
    },
  } satisfies ApiImplementation

  return {
    api,
    events: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    emit,
    knowledgeRoots: () => knowledge.indexRoots(),
    async close() {
      listeners.clear()
      await team.close()
      await knowledge.close()
      await tickets.dispose?.()
    },
  }
}
