// In-memory RoteiroApi over the hand-written FAKE_ARTICLES: for UI development (?api=fake) and
// for component/store tests. It follows the contract's shapes, not the real search quality.
import { ApiError, parseApiArgs, type ApiEvent, type RoteiroApi } from '../../../core/api/contract'
import type { KnowledgeStatus, ReplyView, SearchHit, Settings } from '../../../core/api/types'
import * as model from '../../../core/tickets/model'
import { checklistView, summarizeTicket } from '../../../core/tickets/checklist'
import type { Ticket, TicketSummary } from '../../../core/tickets/types'
import { FAKE_ARTICLES, type FakeArticle } from './fake-articles'
import type { ApiHandle } from './handle'

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const NUP = /^\d{5}\.\d{6}\/\d{4}-\d{2}$/

/** Options of the fake: a clock and an artificial delay (to test stale-response handling). */
export interface FakeOptions {
  now?: () => Date
  delayMs?: (method: string, args: unknown) => number
  articles?: FakeArticle[]
}

/** Builds an in-memory client; `calls` records every call for assertions. */
export function createFakeClient(options: FakeOptions = {}) {
  const now = options.now ?? (() => new Date())
  const articles = options.articles ?? FAKE_ARTICLES
  const byId = new Map(articles.map((a) => [a.view.id, a]))
  const tickets = new Map<string, Ticket>()
  const listeners = new Set<(e: ApiEvent) => void>()
  const calls: { method: string; args: unknown }[] = []
  const roots = ['/fake/knowledge']
  let settings: Settings = {
    language: 'pt-BR',
    theme: 'system',
    agentName: 'Ana Atendente',
    signature: '',
    greeting: 'Prezado(a)',
    closing: 'Atenciosamente,',
    hotkey: 'CommandOrControl+Shift+Space',
    lookupStartsWithClipboard: false,
    startAtLogin: false,
    closeToTray: true,
    knowledgeRoots: roots,
  }
  const iso = () => now().toISOString()
  const emit = (e: ApiEvent) => listeners.forEach((l) => l(e))
  const article = (id: string) => {
    const a = byId.get(id)
    if (!a) throw new ApiError('not-found', `Artigo não encontrado: ${id}`)
    return a
  }
  const ticket = (number: string) => {
    const t = tickets.get(number.trim())
    if (!t) throw new ApiError('not-found', `Chamado ${number} não existe.`)
    return t
  }
  const save = (t: Ticket) => {
    tickets.set(t.number, t)
    emit({ type: 'tickets-changed' })
    return structuredClone(t)
  }
  /** The step's label in the article, else the one recorded, else its key. */
  const stepLabel = (t: Ticket, articleId: string, stepKey: string) =>
    article(articleId).view.steps.find((s) => s.key === stepKey)?.label ??
    t.steps[articleId]?.[stepKey]?.label ??
    stepKey
  const summary = (t: Ticket): TicketSummary => summarizeTicket(t, (id) => byId.get(id)?.view)
  const status = (): KnowledgeStatus => ({
    roots: roots.map((dir) => ({
      dir,
      name: dir.split('/').pop() ?? dir,
      files: articles.length,
      articles: articles.length,
      problems: 1,
      bundled: false,
    })),
    articles: articles.length,
    indexing: false,
    indexedAt: iso(),
    problemFiles: 1,
  })
  const reply = (
    articleId: string,
    number?: string,
    values: Record<string, string> = {},
  ): ReplyView => {
    const a = article(articleId)
    const t = number ? tickets.get(number) : undefined
    const saved = t?.replyValues[articleId] ?? {}
    let out = a.template
    const fields = a.fields.map((f) => {
      let value = values[f.id] ?? saved[f.id] ?? ''
      let source: ReplyView['fields'][number]['source'] = value ? 'agent' : 'empty'
      if (!value && f.kind === 'requester' && t?.requester)
        [value, source] = [t.requester, 'ticket']
      if (!value && f.kind === 'ticket' && t) [value, source] = [t.number, 'ticket']
      if (!value && f.kind === 'agent' && settings.agentName)
        [value, source] = [settings.agentName, 'settings']
      const valid = f.kind === 'protocol' && value ? NUP.test(value) : null
      if (value) out = out.split(f.token).join(value)
      return {
        ...f,
        value,
        source,
        valid,
        message: valid === false ? 'NUP inválido: use 00000.000000/0000-00.' : null,
      }
    })
    // Like the host: the steps done are a field of every reply, placed only when the agent
    // gives them (the insert-steps toggle), before the closing line.
    const steps = values['steps-done'] ?? saved['steps-done'] ?? ''
    fields.push({
      id: 'steps-done',
      kind: 'steps-done',
      token: '',
      label: 'Passos realizados',
      value: steps,
      source: steps ? 'agent' : 'empty',
      valid: null,
      message: null,
    })
    if (steps && out) {
      const block = `Passos realizados:\n${steps}\n\n`
      const at = out.lastIndexOf(settings.closing)
      out = at >= 0 ? out.slice(0, at) + block + out.slice(at) : `${out}\n\n${block.trim()}`
    }
    const missing = !a.template
    return {
      articleId,
      status: a.view.reply.status,
      text: missing ? '' : out,
      html: missing
        ? ''
        : `<p>${out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`,
      fields,
      notice: missing ? 'Este artigo ainda não tem modelo de resposta.' : null,
    }
  }
  const exportMd = (t: Ticket) => {
    const lines = [`# Chamado ${t.number}`, '', `Solicitante: ${t.requester}`, '']
    for (const id of t.articles) {
      const a = byId.get(id)
      lines.push(`## ${a?.view.title ?? id}`, '')
      const state = t.steps[id] ?? {}
      for (const s of a?.view.steps ?? []) {
        const st = state[s.key]
        lines.push(`- [${st?.done ? 'x' : ' '}] ${s.label}${st?.note ? ` — ${st.note}` : ''}`)
      }
      lines.push('')
    }
    return lines.join('\n')
  }

  const impl: RoteiroApi = {
    async search({ query, limit, filters }) {
      const terms = fold(query).split(/\s+/).filter(Boolean)
      const hits: SearchHit[] = []
      if (!terms.length) return { query, results: [], tookMs: 0 }
      for (const { view } of articles) {
        if (view.superseded && !filters?.includeSuperseded) continue
        if (filters?.product?.length && !filters.product.includes(view.product)) continue
        if (filters?.kind?.length && !filters.kind.includes(view.kind)) continue
        const hay = fold(
          `${view.title} ${view.keywords.join(' ')} ${view.sections.map((s) => s.text).join(' ')}`,
        )
        const score = terms.reduce((n, t) => n + (hay.includes(t) ? 1 : 0), 0)
        if (!score) continue
        const section =
          view.sections.find((s) => terms.some((t) => fold(s.text).includes(t))) ?? view.sections[0]
        const snippet = section?.text.slice(0, 160) ?? ''
        const marks: [number, number][] = []
        const folded = fold(snippet)
        for (const t of terms) {
          const at = folded.indexOf(t)
          if (at >= 0) marks.push([at, at + t.length])
        }
        marks.sort((a, b) => a[0] - b[0])
        hits.push({
          id: view.id,
          path: view.path,
          title: view.title,
          score,
          snippet,
          marks,
          section: section?.role ?? 'title',
          sectionTitle: section?.title ?? '',
          kind: view.kind,
          product: view.product,
          superseded: view.superseded,
          date: view.date,
          version: view.version,
          responsibility: view.responsibility,
          olderVersions: view.olderVersions.map((o) => o.id),
        })
      }
      hits.sort((a, b) => b.score - a.score)
      return { query, results: hits.slice(0, limit ?? 20), tookMs: 1 }
    },
    async listArticles() {
      return articles.map(({ view: v }) => ({
        id: v.id,
        path: v.path,
        title: v.title,
        kind: v.kind,
        product: v.product,
        date: v.date,
        version: v.version,
        superseded: v.superseded,
        responsibility: v.responsibility,
        replyStatus: v.reply.status,
        steps: v.steps.length,
      }))
    },
    async getArticle({ id }) {
      return structuredClone(article(id).view)
    },
    async resolveWikiLink({ url }) {
      const m = /\/latest\/(.+?)\.html(?:#(.*))?$/.exec(url)
      const found =
        m &&
        articles.find((a) =>
          a.view.path.replace(/\.rst$/, '').endsWith(m[1].split('/').slice(-1)[0]),
        )
      return { articleId: found ? found.view.id : null, anchor: m?.[2] ?? null }
    },
    async lintReport() {
      return {
        files: articles.length,
        problemFiles: 1,
        problems: [
          {
            path: 'MODULOS_SEI/Modulo_de_assinatura_nao_aparece.rst',
            line: 1,
            severity: 'warning',
            code: 'reply-missing',
            message: 'Sem modelo de resposta.',
          },
        ],
      }
    },
    async knowledgeStatus() {
      return status()
    },
    async addKnowledgeRoot({ dir }) {
      if (!dir.startsWith('/')) throw new ApiError('bad-arguments', `Pasta inválida: ${dir}`)
      if (!roots.includes(dir)) roots.push(dir)
      return status()
    },
    async removeKnowledgeRoot({ dir }) {
      const i = roots.indexOf(dir)
      if (i >= 0) roots.splice(i, 1)
      return status()
    },
    async reloadKnowledge() {
      return status()
    },
    async openTicket(args) {
      for (const id of args.articleIds ?? []) article(id)
      const existing = tickets.get(args.number.trim())
      if (!existing) return save(model.createTicket(args, now))
      // As the real backend: opening a known number again brings it back with the new details.
      let t = model.updateDetails(existing, args, now)
      for (const id of args.articleIds ?? []) t = model.linkArticle(t, id, now)
      return save(t)
    },
    async getTicket({ number }) {
      return structuredClone(ticket(number))
    },
    async getChecklist({ articleId, number }) {
      return checklistView(number ? ticket(number) : null, article(articleId).view)
    },
    async listTickets({ status: st }) {
      return [...tickets.values()]
        .filter((t) => !st || t.status === st)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map(summary)
    },
    async updateTicket({ number, requester, organization, notes }) {
      let t = ticket(number)
      if (requester !== undefined || organization !== undefined)
        t = model.updateDetails(t, { requester, organization }, now)
      if (notes !== undefined) t = model.setNotes(t, notes, now)
      return save(t)
    },
    async linkArticle({ number, articleId }) {
      const t = ticket(number)
      article(articleId)
      return save(model.linkArticle(t, articleId, now))
    },
    async setStep({ number, articleId, stepKey, done, note }) {
      const t = ticket(number)
      const label = stepLabel(t, articleId, stepKey)
      return save(model.recordStep(t, { articleId, stepKey, label, done, note }, now))
    },
    async setStepNote({ number, articleId, stepKey, note }) {
      const t = ticket(number)
      const label = stepLabel(t, articleId, stepKey)
      const done = t.steps[articleId]?.[stepKey]?.done ?? false
      return save(model.recordStep(t, { articleId, stepKey, label, done, note }, now))
    },
    async closeTicket({ number }) {
      return save(model.closeTicket(ticket(number), now))
    },
    async reopenTicket({ number }) {
      return save(model.reopenTicket(ticket(number), now))
    },
    async renderReply({ articleId, number, values }) {
      return reply(articleId, number, values)
    },
    async setReplyValues({ number, articleId, values }) {
      return save(model.setReplyValues(ticket(number), articleId, values, now))
    },
    async copyReply({ articleId, number, values }) {
      const view = reply(articleId, number, values)
      const t = number ? tickets.get(number) : undefined
      if (t) save(model.recordReplyCopied(t, articleId, now))
      return { ...view, copiedByHost: false }
    },
    async exportTicket({ number, format }) {
      const t = ticket(number)
      const content =
        format === 'json'
          ? JSON.stringify(t, null, 2)
          : format === 'md'
            ? exportMd(t)
            : format === 'html'
              ? `<!doctype html><title>${t.number}</title><pre>${exportMd(t).replace(/</g, '&lt;')}</pre>`
              : 'number,article,step,done\n'
      save(model.recordExported(t, format, now))
      return {
        filename: `chamado-${t.number.replace(/\//g, '-')}.${format}`,
        mime: 'text/plain',
        content,
      }
    },
    async exportTickets({ format }) {
      const list = [...tickets.values()]
      return {
        filename: `chamados.${format}`,
        mime: 'text/plain',
        content:
          format === 'json'
            ? JSON.stringify(list)
            : 'number,requester\n' + list.map((t) => `${t.number},${t.requester}`).join('\n'),
      }
    },
    async backupTickets() {
      return {
        filename: 'roteiro-backup.json',
        mime: 'application/json',
        content: JSON.stringify({ tickets: [...tickets.values()] }),
      }
    },
    async importTickets({ content }) {
      let parsed: { tickets?: Ticket[] }
      try {
        parsed = JSON.parse(content)
      } catch {
        throw new ApiError('bad-arguments', 'O arquivo não é um backup do Roteiro.')
      }
      let added = 0
      let updated = 0
      for (const t of parsed.tickets ?? []) {
        if (tickets.has(t.number)) updated++
        else added++
        tickets.set(t.number, t)
      }
      emit({ type: 'tickets-changed' })
      return { added, updated, skipped: 0, errors: [] }
    },
    async getSettings() {
      return { ...settings, knowledgeRoots: [...roots] }
    },
    async updateSettings(patch) {
      settings = { ...settings, ...patch }
      return { ...settings, knowledgeRoots: [...roots] }
    },
    async hotkeyStatus() {
      return { accelerator: settings.hotkey, registered: false, error: null, available: false }
    },
    async hostInfo() {
      return {
        kind: 'browser',
        version: '0.0.0-fake',
        writesClipboard: false,
        nativeDialogs: false,
        lookupWindow: false,
      }
    },
    async saveTicketExport() {
      throw new ApiError('unsupported', 'Só no aplicativo de desktop.')
    },
    async saveBulkExport() {
      throw new ApiError('unsupported', 'Só no aplicativo de desktop.')
    },
    async pickKnowledgeFolder() {
      throw new ApiError('unsupported', 'Só no aplicativo de desktop.')
    },
    async pickImportFile() {
      throw new ApiError('unsupported', 'Só no aplicativo de desktop.')
    },
    async openExternal() {
      return { opened: false }
    },
    async windowCommand() {
      return { ok: true }
    },
  }

  // Validate like a real host, record the call, and optionally delay it.
  const api = {} as Record<string, (args: unknown) => Promise<unknown>>
  for (const [method, fn] of Object.entries(impl) as [string, (a: unknown) => Promise<unknown>][]) {
    api[method] = async (args: unknown) => {
      calls.push({ method, args })
      const parsed = parseApiArgs(method as keyof RoteiroApi, args)
      const delay = options.delayMs?.(method, args) ?? 0
      if (delay) await new Promise((r) => setTimeout(r, delay))
      return fn(parsed)
    }
  }
  return {
    api: api as unknown as RoteiroApi,
    calls,
    emit,
    onEvent: (l: (e: ApiEvent) => void) => {
      listeners.add(l)
      return () => {
        listeners.delete(l)
      }
    },
  }
}

/** A full ApiHandle over the fake client. */
export function createFakeHandle(
  options: FakeOptions = {},
): ApiHandle & ReturnType<typeof createFakeClient> {
  const fake = createFakeClient(options)
  return {
    ...fake,
    kind: 'fake',
    imageUrl: () =>
      'data:image/svg+xml,' +
      encodeURIComponent(
        '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"><rect width="240" height="80" fill="#ccd"/></svg>',
      ),
  }
}
