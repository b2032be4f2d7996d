/**
 * `kb ticket open|step|show|reply|export|close|reopen`: one ticket's record, through the API
 * (src/cli/api.ts) so the CLI records what the app records. Only the calls that need articles
 * load the knowledge base.
 */
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ApiError } from '../../core/api/contract'
import type { ChecklistView } from '../../core/tickets/checklist'
import { statusLabel } from '../../core/tickets/export/rows'
import { checkTicketNumber } from '../../core/tickets/number'
import { articleProgress, ticketArticleIds } from '../../core/tickets/progress'
import type { Ticket } from '../../core/tickets/types'
import { ticketFileName } from '../../node/tickets/file-name'
import { withCliApi, type CliApi } from '../api'
import { asCommand, CommandError, UsageError } from '../cli-error'
import { parseCommandArgs, printJson } from '../options'
import { chooseSubcommand, type Subcommands } from '../subcommands'

const USAGE = `usage:
  kb ticket open NUMBER [--requester NAME] [--org ORG] [--article ID]... [--json]
  kb ticket step NUMBER ARTICLE_ID STEP_INDEX --done|--undone [--note TEXT] [--json]
  kb ticket show NUMBER [--json]
  kb ticket reply NUMBER ARTICLE_ID [--variant N] [--set FIELD=VALUE]... [--html]
  kb ticket export NUMBER --format md|csv|json|html [--out FILE]
  kb ticket link NUMBER ARTICLE_ID [--json]
  kb ticket unlink NUMBER ARTICLE_ID [--json]
  kb ticket close NUMBER [--json]
  kb ticket reopen NUMBER [--json]
  kb ticket handoff NUMBER --to NAME|N2|N3 [--note TEXT] [--json]
every subcommand takes --data-dir DIR; step, show, reply, export and link take --knowledge DIR`

/** A valid ticket number or a CommandError. */
export function ticketNumber(input: string | undefined): string {
  if (input === undefined) throw new UsageError('missing ticket NUMBER')
  const check = checkTicketNumber(input)
  if (!check.ok) throw new CommandError(`${check.message} (recebido: "${input}")`)
  return check.number
}

/** Writes `content` to --out (or stdout). */
export async function output(content: string, out: string | undefined): Promise<void> {
  if (out) await writeFile(resolve(out), content, 'utf8')
  else process.stdout.write(content.endsWith('\n') ? content : content + '\n')
}

/** The checklist of one article of the ticket; null when the article left the knowledge base. */
async function checklistOrNull(
  api: CliApi,
  number: string,
  articleId: string,
): Promise<ChecklistView | null> {
  try {
    return await api.call('getChecklist', { number, articleId })
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not-found' && error.params.article) return null
    throw error
  }
}

async function printTicket(api: CliApi, ticket: Ticket): Promise<void> {
  const lines = [
    `Chamado ${ticket.number} (${statusLabel(ticket.status)})`,
    `  solicitante: ${ticket.requester || '—'}`,
    `  órgão: ${ticket.organization || '—'}`,
    `  atualizado em: ${ticket.updatedAt}`,
  ]
  for (const id of ticketArticleIds(ticket)) {
    const view = await checklistOrNull(api, ticket.number, id)
    const { done, total } = view ?? articleProgress(ticket, id, undefined)
    lines.push(`  artigo ${id} (${done}/${total})${view ? '' : ' — não encontrado'}`)
    const steps = view ? [...view.steps, ...view.orphans] : []
    if (!view)
      for (const [key, s] of Object.entries(ticket.steps[id] ?? {})) steps.push({ key, ...s })
    for (const s of steps)
      lines.push(`    [${s.done ? 'x' : ' '}] ${s.label || s.key}${s.note ? ` — ${s.note}` : ''}`)
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
  await withCliApi(values, async (api) => {
    const ticket = await api.call('openTicket', {
      number,
      requester: values.requester,
      organization: values.org,
      articleIds: values.article,
    })
    if (values.json) printJson(ticket)
    else {
      const file = join(api.dataDir, 'tickets', ticketFileName(number))
      process.stdout.write(`chamado ${number} aberto em ${file}\n`)
    }
  })
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
  const index = Number(rawIndex)
  await withCliApi(values, async (api) => {
    await api.call('getTicket', { number })
    const { steps } = await api.call('getChecklist', { number, articleId })
    const target = steps[index]
    if (!target)
      throw new CommandError(
        `o artigo "${articleId}" tem ${steps.length} passo(s) (índices 0 a ${steps.length - 1}); não há passo ${index}`,
      )
    const done = Boolean(values.done)
    const ticket = await api.call('setStep', {
      number,
      articleId,
      stepKey: target.key,
      done,
      note: values.note,
    })
    if (values.json) return printJson(ticket)
    const progress = await api.call('getChecklist', { number, articleId })
    process.stdout.write(
      `chamado ${number}: passo ${index} "${target.label}" ${done ? 'feito' : 'desmarcado'} (${progress.done}/${progress.total})\n`,
    )
  })
}

async function show(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (positionals.length !== 1) throw new UsageError('ticket show takes one NUMBER')
  const number = ticketNumber(positionals[0])
  await withCliApi(values, async (api) => {
    const ticket = await api.call('getTicket', { number })
    if (values.json) printJson(ticket)
    else await printTicket(api, ticket)
  })
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
  const articleId = positionals[1]
  const view = await withCliApi(values, async (api) => {
    await api.call('getTicket', { number })
    const { reply: model } = await api.call('getArticle', { id: articleId })
    const count = Math.max(model.variants.length, 1)
    if (variant !== undefined && variant >= count)
      throw new UsageError(
        `o modelo de resposta de "${articleId}" tem ${count} variante(s) ` +
          `(0 a ${count - 1}): ${model.variants.map((v, i) => `${i} = ${v.label || 'resposta'}`).join('; ')}`,
      )
    return api.call('renderReply', { articleId, number, values: typed, variant })
  })
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
type Format = (typeof FORMATS)[number]

async function exportOne(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
  })
  if (positionals.length !== 1) throw new UsageError('ticket export takes one NUMBER')
  const format = values.format as Format
  if (!FORMATS.includes(format)) throw new UsageError('--format must be md, csv, json or html')
  const number = ticketNumber(positionals[0])
  const file = await withCliApi(values, (api) => api.call('exportTicket', { number, format }))
  await output(file.content, values.out)
}

async function setStatus(argv: string[], close: boolean): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (positionals.length !== 1)
    throw new UsageError(`ticket ${close ? 'close' : 'reopen'} takes one NUMBER`)
  const number = ticketNumber(positionals[0])
  const ticket = await withCliApi(values, (api) =>
    api.call(close ? 'closeTicket' : 'reopenTicket', { number }),
  )
  if (values.json) printJson(ticket)
  else process.stdout.write(`chamado ${number} ${close ? 'encerrado' : 'reaberto'}\n`)
}

async function setLink(argv: string[], link: boolean): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  const name = link ? 'link' : 'unlink'
  if (positionals.length !== 2) throw new UsageError(`ticket ${name} takes NUMBER ARTICLE_ID`)
  const number = ticketNumber(positionals[0])
  const articleId = positionals[1]
  const ticket = await withCliApi(values, (api) =>
    api.call(link ? 'linkArticle' : 'unlinkArticle', { number, articleId }),
  )
  if (values.json) printJson(ticket)
  else
    process.stdout.write(
      `chamado ${number}: ${articleId} ${link ? 'vinculado' : 'desvinculado'} (${ticket.articles.length} artigo(s))\n`,
    )
}

async function handoff(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    to: { type: 'string' },
    note: { type: 'string' },
  })
  if (positionals.length !== 1) throw new UsageError('ticket handoff takes one NUMBER')
  if (!values.to) throw new UsageError('ticket handoff needs --to NAME|N2|N3')
  const number = ticketNumber(positionals[0])
  const { currentAssignment } = await import('../../core/team/handoff')
  const to = values.to
  const ticket = await withCliApi(values, (api) =>
    api.call('handoffTicket', { number, to, note: values.note }),
  )
  if (values.json) printJson(ticket)
  else
    process.stdout.write(
      `chamado ${number} encaminhado de ${currentAssignment(ticket)?.from ?? ''} para ${currentAssignment(ticket)?.to ?? to}\n`,
    )
}

const SUBCOMMANDS: Subcommands = {
  handoff,
  open,
  step,
  show,
  reply,
  export: exportOne,
  link: (argv) => setLink(argv, true),
  unlink: (argv) => setLink(argv, false),
  close: (argv) => setStatus(argv, true),
  reopen: (argv) => setStatus(argv, false),
}

/** `kb ticket <subcommand> ...` */
export async function run(argv: string[]): Promise<void> {
  await asCommand(chooseSubcommand('ticket', USAGE, SUBCOMMANDS, argv))
}
