import { UsageError } from '../cli-error'
import { parseCommandArgs, printJson } from '../options'
import { loadFromArgs } from './articles'

/** `kb lint [--json]`: problems in the knowledge files; exit code 0 whatever it finds. */
export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (positionals.length) throw new UsageError(`lint takes no arguments (got "${positionals[0]}")`)
  const kb = await loadFromArgs(values)
  const problems = kb.problems.map(({ path, line, severity, code, message }) => ({
    path,
    line,
    severity,
    code,
    message,
  }))
  const problemFiles = new Set(problems.map((p) => p.path)).size
  if (values.json) {
    printJson({ files: kb.files, problems, problemFiles })
    return
  }
  const out = problems.map((p) => `${p.path}:${p.line}: ${p.severity} ${p.code} ${p.message}`)
  const errors = problems.filter((p) => p.severity === 'error').length
  out.push(
    `${problems.length} problems (${errors} errors, ${problems.length - errors} warnings) in ${problemFiles} of ${kb.files} files`,
  )
  process.stdout.write(out.join('\n') + '\n')
}
