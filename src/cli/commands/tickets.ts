/** `kb tickets list|export|import`: every ticket on record, through the API (src/cli/api.ts). */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { statusLabel } from '../../core/tickets/export/rows'
import { withCliApi } from '../api'
import { asCommand, CommandError, UsageError } from '../cli-error'
import { parseCommandArgs, printJson } from '../options'
import { chooseSubcommand, type Subcommands } from '../subcommands'
import { output } from './ticket'

const USAGE = `usage:
  kb tickets list [--json] [--since DATE] [--status open|closed]
  kb tickets export --format csv|json [--since DATE] [--until DATE] [--out FILE]
  kb tickets import FILE
DATE is AAAA-MM-DD (or a full ISO time) and is compared with each ticket's last change`

async function list(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    since: { type: 'string' },
    status: { type: 'string' },
  })
  if (positionals.length) throw new UsageError('tickets list takes no arguments')
  const status = values.status as 'open' | 'closed' | undefined
  if (status && status !== 'open' && status !== 'closed')
    throw new UsageError('--status must be open or closed')
  const rows = await withCliApi(values, (api) =>
    api.call('listTickets', { since: values.since, status }),
  )
  if (values.json) return printJson(rows)
  const lines = rows.map(
    (r) =>
      `${r.number}\t${statusLabel(r.status)}\t${r.updatedAt}\t${r.stepsDone}/${r.stepsTotal ?? '?'} passo(s)\t${r.requester}`,
  )
  process.stdout.write(lines.length ? lines.join('\n') + '\n' : 'nenhum chamado\n')
}

async function exportAll(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    out: { type: 'string' },
  })
  if (positionals.length) throw new UsageError('tickets export takes no arguments')
  const format = values.format
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json')
  const file = await withCliApi(values, (api) =>
    api.call('exportTickets', { format, since: values.since, until: values.until }),
  )
  await output(file.content, values.out)
}

async function importFile(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (positionals.length !== 1) throw new UsageError('tickets import takes one FILE')
  let content: string
  try {
    content = await readFile(resolve(positionals[0]), 'utf8')
  } catch (error) {
    throw new CommandError(`não foi possível ler ${positionals[0]}: ${(error as Error).message}`)
  }
  const report = await withCliApi(values, (api) => api.call('importTickets', { content }))
  const { added, updated, skipped, errors } = report
  if (values.json) printJson(report)
  else
    process.stdout.write(
      `importados: ${added} novo(s), ${updated} atualizado(s), ${skipped} sem mudança\n`,
    )
  if (errors.length) {
    for (const message of errors.slice(0, -1)) process.stderr.write(`kb: ${message}\n`)
    throw new CommandError(errors[errors.length - 1])
  }
}

const SUBCOMMANDS: Subcommands = {
  list,
  export: exportAll,
  import: importFile,
}

/** `kb tickets <subcommand> ...` */
export async function run(argv: string[]): Promise<void> {
  await asCommand(chooseSubcommand('tickets', USAGE, SUBCOMMANDS, argv))
}
