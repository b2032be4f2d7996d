import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

const DEFAULT_CORPUS = resolve(import.meta.dirname, '../../../shared/kb/pen-wiki')

/**
 * The real knowledge base used by corpus tests: KB_CORPUS, or ../shared/kb/pen-wiki.
 * In CI a missing corpus is an error (the tests must fail, not skip); elsewhere the caller
 * skips with the reason this returns.
 */
export function corpusDir(): { dir: string; missing: null } | { dir: null; missing: string } {
  const dir = process.env.KB_CORPUS ? resolve(process.env.KB_CORPUS) : DEFAULT_CORPUS
  if (existsSync(dir)) return { dir, missing: null }
  const reason = `knowledge corpus not found at ${dir} (set KB_CORPUS)`
  if (process.env.CI) throw new Error(`${reason}: corpus tests cannot run in CI without it`)
  return { dir: null, missing: reason }
}
