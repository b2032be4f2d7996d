import { execFile } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

/** What a run of `kb` gave: its exit code (1 when it was killed) and what it wrote. */
export interface KbRun {
  code: number
  stdout: string
  stderr: string
}

export interface KbRunOptions {
  /** ROTEIRO_DATA_DIR for the run: where `kb` keeps data when no --data-dir is given. */
  defaultDataDir?: string
  timeout?: number
  /** Run as this user (a test that needs an unprivileged reader when it runs as root). */
  uid?: number
  gid?: number
}

/** Runs `kb` from the sources as a person runs it (a child process in the repository). */
export function runKb(args: string[], options: KbRunOptions = {}): Promise<KbRun> {
  const { defaultDataDir, ...rest } = options
  const env = defaultDataDir ? { ...process.env, ROTEIRO_DATA_DIR: defaultDataDir } : undefined
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/kb.ts', ...args],
      { cwd: ROOT, ...(env ? { env } : {}), ...rest },
      (error, stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}
