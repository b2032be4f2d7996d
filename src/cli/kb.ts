/**
 * The `kb` command line: `npm run --silent kb -- <command> [options]`.
 * Each command lives in its own module under ./commands and receives the remaining argv.
 */
import { CommandError, UsageError } from './cli-error'
import { errorLine } from './error-text'

type CommandModule = { run(argv: string[]): Promise<void> }

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  articles: () => import('./commands/articles'),
  lint: () => import('./commands/lint'),
  show: () => import('./commands/show'),
  search: () => import('./commands/search'),
  ticket: () => import('./commands/ticket'),
  tickets: () => import('./commands/tickets'),
}

const USAGE = `usage: kb <command> [options]

commands:
  articles [--json]                 list the articles of the knowledge roots
  lint [--json]                     report problems in the knowledge files
  show ID [--json]                  show one article
  search QUERY... [--json] [--limit N] | --batch FILE
  ticket open|step|show|reply|export|close ...
  tickets list|export|import ...

every command takes --knowledge DIR (repeatable; default: the bundled knowledge/)`

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n')
    return name ? 0 : 2
  }
  const load = COMMANDS[name]
  if (!load) throw new UsageError(`unknown command "${name}" (try: kb --help)`)
  const command = await load()
  await command.run(rest)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`kb: ${error.message}\n`)
      process.exitCode = 2
    } else if (error instanceof CommandError) {
      process.stderr.write(`kb: ${error.message}\n`)
      process.exitCode = 1
    } else {
      // One line, never a stack trace (KB_DEBUG=1 prints it for whoever debugs the CLI).
      const line = errorLine(error)
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
      process.stderr.write(`kb: ${line ?? `erro inesperado: ${detail}`}\n`)
      if (process.env.KB_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
      process.exitCode = 1
    }
  },
)
