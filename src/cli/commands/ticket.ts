/**
 * `kb ticket open|step|show|reply|export|close|reopen`: one ticket's record.
 * Only the commands that need articles (step, reply, export) load the knowledge base.
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { KnowledgeBase } from '../../core/knowledge/types'
import { exportTicketFile, type TicketExportFormat } from '../../core/tickets/export/files'
import { closeTicket, reopenTicket, setStep } from '../../core/tickets/model'
import { statusLabel } from '../../core/tickets/export/rows'
import { checkTicketNumber } from '../../core/tickets/number'
import { TicketSchemaError } from '../../core/tickets/schema'
import type { Ticket } from '../../core/tickets/types'
import { ticketsBackendOver } from '../../node/service/tickets-backend'
import { TicketStore } from '../../node/tickets/ticket-store'
import { CommandError, UsageError } from '../cli-error'
import { cliLanguage, errorLine } from '../error-text'
import { dataDir, knowledgeDirs, parseCommandArgs, printJson } from '../options'

const USAGE = `usage:
  kb ticket open NUMBER [--requester NAME] [--org ORG] [--article ID]... [--json]
  kb ticket step NUMBER ARTICLE_ID STEP_INDEX --done|--undone [--note TEXT] [--json]
  kb ticket show NUMBER [--json]
  kb ticket reply NUMBER ARTICLE_ID [--variant N] [--set FIELD=VALUE]... [--html]
  kb ticket export NUMBER --format md|csv|json|html [--out FILE]
  kb ticket close NUMBER [--json]
  kb ticket reopen NUMBER [--json]
every subcommand takes --data-dir DIR; step, reply and export take --knowledge DIR`

const now = () => new Date()

/** Opens the ticket store of --data-dir, warnings on stderr. */
export function openStore(values: { 'data-dir'?: string }): Promise<TicketStore> {
  return TicketStore.open(dataDir(values), {
    log: (message) => process.stderr.write(`kb: aviso: ${message}\n`),
  })
}

/** A valid ticket number or a CommandError. */
export function ticketNumber(input: string | undefined): string {
  if (input === undefined) throw new UsageError('missing ticket NUMBER')
  const check = checkTicketNumber(input)
  if (!check.ok) throw new CommandError(`${check.message} (recebido: "${input}")`)
  return check.number
}

/** Runs a command body, turning errors a person can act on into CommandError (exit 1). */
export async function asCommand<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body()
  } catch (error) {
    const line = errorLine(error)
    if (line) throw new CommandError(line)
    if (error instanceof TicketSchemaError) throw new CommandError(error.message)
    throw error
  }
}

/** Writes `content` to --out (or stdout). */
export async function output(content: string, out: string | undefined): Promise<void> {
  if (out) await writeFile(resolve(out), content, 'utf8')
  else process.stdout.write(content.endsWith('\n') ? content : content + '\n')
}

/** Loads the knowledge base of --knowledge; imported lazily so commands without articles stay fast. */
export async function loadKnowledge(values: { knowledge?: string[] }): Promise<KnowledgeBase> {
  const { loadKnowledgeBase } = await import('../../node/knowledge')
  return loadKnowledgeBase(knowledgeDirs(values))
}

function unknownTicket(number: string): never {
  throw new CommandError(`chamado ${number} não encontrado (abra-o com "kb ticket open ${number}")`)
}

async function requireTicket(store: TicketStore, number: string): Promise<Ticket> {
  return (await store.get(number)) ?? unknownTicket(number)
}

function requireArticle(kb: KnowledgeBase, id: string) {
  const article = kb.byId.get(id)
  if (!article) throw new CommandError(`artigo "${id}" não encontrado na base de conhecimento`)
  return article
}

function printTicket(ticket: Ticket): void {
  const lines = [
    `Chamado ${ticket.number} (${statusLabel(ticket.status)})`,
    `  solicitante: ${ticket.requester || '—'}`,
    `  órgão: ${ticket.organization || '—'}`,
    `  atualizado em: ${ticket.updatedAt}`,
  ]
  for (const id of new Set([...ticket.articles, ...Object.keys(ticket.steps)])) {
    lines.push(`  artigo ${id}`)
    for (const [key, s] of Object.entries(ticket.steps[id] ?? {}))
      lines.push(`    [${s.done ? 'x' : ' '}] ${s.label || key}${s.note ? ` — ${s.note}` : ''}`)
  }
  if (ticket.notes) lines.push(`  anotações: ${ticket.notes}`)
  process.stdout.write(lines.join('\n') + '\n')
}

async function open(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    requester: { type: 'string' },
    org: { type: 'string' },
    article: { type: 'string', multiple: true },
  })
  if (positionals.length !== 1) throw new UsageError('ticket open takes one NUMBER')
  const number = ticketNumber(positionals[0])
  const store = await openStore(values)
  const ticket = await ticketsBackendOver(Promise.resolve(store), now).open({
    number,
    requester: values.requester,
    organization: values.org,
    articleIds: values.article,
  })
  if (values.json) printJson(ticket)
  else process.stdout.write(`chamado ${number} aberto em ${store.fileFor(number)}\n`)
}

async function step(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    done: { type: 'boolean' },
    undone: { type: 'boolean' },
    note: { type: 'string' },
  })
  if (positionals.length !== 3)
    throw new UsageError('ticket step takes NUMBER ARTICLE_ID STEP_INDEX')
  if (values.done === values.undone) throw new UsageError('give exactly one of --done or --undone')
  const [rawNumber, articleId, rawIndex] = positionals
  if (!/^\d+$/.test(rawIndex))
    throw new UsageError(`STEP_INDEX must be a number from 0 (got "${rawIndex}")`)
  const number = ticketNumber(rawNumber)
  const store = await openStore(values)
  await requireTicket(store, number)
  const kb = await loadKnowledge(values)
  const article = requireArticle(kb, articleId)
  const index = Number(rawIndex)
  const target = article.steps[index]
  if (!target)
    throw new CommandError(
      `o artigo "${articleId}" tem ${article.steps.length} passo(s) (índices 0 a ${article.steps.length - 1}); não há passo ${index}`,
    )
  const done = Boolean(values.done)
  const ticket = (await store.update(number, (current) =>
    setStep(
      current ?? unknownTicket(number),
      article,
      { stepKey: target.key, done, note: values.note },
      now,
    ),
  ))!
  if (values.json) printJson(ticket)
  else {
    const count = article.steps.filter((s) => ticket.steps[article.id]?.[s.key]?.done).length
    process.stdout.write(
      `chamado ${number}: passo ${index} "${target.label}" ${done ? 'feito' : 'desmarcado'} (${count}/${article.steps.length})\n`,
    )
  }
}

async function show(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (positionals.length !== 1) throw new UsageError('ticket show takes one NUMBER')
  const number = ticketNumber(positionals[0])
  const ticket = await requireTicket(await openStore(values), number)
  if (values.json) printJson(ticket)
  else printTicket(ticket)
}

function parseSets(sets: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const set of sets ?? []) {
    const eq = set.indexOf('=')
    if (eq <= 0) throw new UsageError(`--set takes FIELD=VALUE (got "${set}")`)
    out[set.slice(0, eq)] = set.slice(eq + 1)
  }
  return out
}

async function reply(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    set: { type: 'string', multiple: true },
    html: { type: 'boolean' },
    variant: { type: 'string' },
  })
  if (positionals.length !== 2) throw new UsageError('ticket reply takes NUMBER ARTICLE_ID')
  const variant = values.variant === undefined ? undefined : Number(values.variant)
  if (variant !== undefined && !(Number.isInteger(variant) && variant >= 0))
    throw new UsageError(`--variant takes a number from 0 (got "${values.variant}")`)
  const typed = parseSets(values.set)
  const number = ticketNumber(positionals[0])
  const store = await openStore(values)
  const ticket = await requireTicket(store, number)
  const kb = await loadKnowledge(values)
  const article = requireArticle(kb, positionals[1])
  const { createSettingsStore, describeRecovery } = await import('../../node/settings')
  const { fillReply } = await import('../../core/tickets/reply')
  const settingsStore = createSettingsStore({ dataDir: dataDir(values) })
  const reset = describeRecovery(settingsStore.recovery, cliLanguage())
  if (reset) process.stderr.write(`kb: aviso: ${reset}\n`)
  const settings = settingsStore.get()
  const view = fillReply({
    article,
    ticket,
    settings,
    values: { ...ticket.replyValues[article.id], ...typed },
    variant,
  })
  if (variant !== undefined && variant >= Math.max(article.reply.variants.length, 1))
    throw new UsageError(
      `o modelo de resposta de "${article.id}" tem ${article.reply.variants.length || 1} variante(s) ` +
        `(0 a ${Math.max(article.reply.variants.length, 1) - 1}): ${article.reply.variants.map((v, i) => `${i} = ${v.label || 'resposta'}`).join('; ')}`,
    )
  const known = new Set(view.fields.map((f) => f.id))
  for (const id of Object.keys(typed))
    if (!known.has(id))
      process.stderr.write(
        `kb: aviso: o modelo não tem o campo "${id}" (campos: ${[...known].join(', ')})\n`,
      )
  if (view.notice) process.stderr.write(`kb: aviso: ${view.notice}\n`)
  for (const field of view.fields)
    if (field.valid === false) process.stderr.write(`kb: aviso: ${field.label}: ${field.message}\n`)
  if (values.json) printJson(view)
  else process.stdout.write((values.html ? view.html : view.text) + '\n')
}

const FORMATS = ['md', 'csv', 'json', 'html'] as const

async function exportOne(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
  })
  if (positionals.length !== 1) throw new UsageError('ticket export takes one NUMBER')
  const format = values.format as TicketExportFormat
  if (!FORMATS.includes(format)) throw new UsageError('--format must be md, csv, json or html')
  const number = ticketNumber(positionals[0])
  const ticket = await requireTicket(await openStore(values), number)
  // JSON is lossless on its own; the other formats show article titles and steps.
  const kb = format === 'json' ? null : await loadKnowledge(values)
  const file = exportTicketFile(ticket, format, (id) => kb?.byId.get(id), now)
  await output(file.content, values.out)
}

async function setStatus(argv: string[], close: boolean): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (positionals.length !== 1)
    throw new UsageError(`ticket ${close ? 'close' : 'reopen'} takes one NUMBER`)
  const number = ticketNumber(positionals[0])
  const store = await openStore(values)
  const ticket = (await store.update(number, (current) =>
    close
      ? closeTicket(current ?? unknownTicket(number), now)
      : reopenTicket(current ?? unknownTicket(number), now),
  ))!
  if (values.json) printJson(ticket)
  else process.stdout.write(`chamado ${number} ${close ? 'encerrado' : 'reaberto'}\n`)
}

const SUBCOMMANDS: Record<string, (argv: string[]) => Promise<void>> = {
  open,
  step,
  show,
  reply,
  export: exportOne,
  close: (argv) => setStatus(argv, true),
  reopen: (argv) => setStatus(argv, false),
}

/** `kb ticket <subcommand> ...` */
export async function run(argv: string[]): Promise<void> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') throw new UsageError(USAGE)
  const sub = SUBCOMMANDS[name]
  if (!sub) throw new UsageError(`unknown subcommand "ticket ${name}"\n${USAGE}`)
  await asCommand(() => sub(rest))
}
