import { parseArgs, type ParseArgsConfig } from 'node:util'
import { resolve } from 'node:path'
import { UsageError } from './cli-error'
import { BUNDLED_KNOWLEDGE_DIR, defaultDataDir } from '../node/paths'

type Options = NonNullable<ParseArgsConfig['options']>

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  knowledge: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  'data-dir': { type: 'string' },
} as const satisfies Options

/** Parses a command's argv strictly; any unknown or malformed option is a UsageError. */
export function parseCommandArgs<O extends Options>(
  argv: string[],
  options: O,
  allowPositionals = true,
) {
  try {
    return parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals,
      strict: true,
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error))
  }
}

/** The knowledge roots: every --knowledge DIR, or the bundled knowledge/. */
export function knowledgeDirs(values: { knowledge?: string[] }): string[] {
  const dirs = values.knowledge?.length ? values.knowledge : [BUNDLED_KNOWLEDGE_DIR]
  return dirs.map((dir) => resolve(dir))
}

/** The data folder: --data-dir DIR, else the app's data folder. */
export function dataDir(values: { 'data-dir'?: string }): string {
  return values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir()
}

/** Writes a value as JSON on stdout (one document, newline-terminated). */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}
