import { UsageError } from './cli-error'

/** A command group's subcommands by name (`kb <group> <name> ...`). */
export type Subcommands = Record<string, (argv: string[]) => Promise<void>>

/**
 * The subcommand `argv` names, ready to run on the rest of `argv`. No name, --help or -h asks for
 * the group's usage; an unknown name is a usage error that shows it.
 */
export function chooseSubcommand(
  group: string,
  usage: string,
  subcommands: Subcommands,
  argv: string[],
): () => Promise<void> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') throw new UsageError(usage)
  if (!Object.hasOwn(subcommands, name))
    throw new UsageError(`unknown subcommand "${group} ${name}"\n${usage}`)
  const sub = subcommands[name]
  return () => sub(rest)
}
