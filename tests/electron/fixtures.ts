// The Electron test: one app per worker (Playwright's _electron) on its own data folder. Where no
// Electron binary is installed the tests report themselves skipped with the reason; in CI they
// fail instead when ROTEIRO_EXPECT_ELECTRON says a binary should be there.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, test as base, type ElectronApplication } from '@playwright/test'
import { IN_CI, ROOT } from '../e2e/support/env'

/** The Electron binary, or the reason there is none. Never triggers a download. */
export function findElectron(): { path: string } | { reason: string } {
  const fromEnv = process.env.ELECTRON_PATH
  if (fromEnv)
    return existsSync(fromEnv)
      ? { path: fromEnv }
      : { reason: `ELECTRON_PATH=${fromEnv} does not exist` }
  const pkg = join(ROOT, 'node_modules', 'electron')
  const pathTxt = join(pkg, 'path.txt')
  if (!existsSync(pathTxt))
    return { reason: 'Electron binary not installed (node_modules/electron/path.txt missing)' }
  const binary = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim())
  return existsSync(binary) ? { path: binary } : { reason: `Electron binary missing at ${binary}` }
}

/** Builds the main process, preload and renderer when out/main is missing. */
function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'out', 'main', 'index.js'))) return
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: ROOT, stdio: 'inherit' },
  )
  if (build.status !== 0) throw new Error(`electron-vite build failed (${build.status})`)
}

type Fixtures = { electronAvailable: void }
type WorkerFixtures = { electronApp: ElectronApplication; dataDir: string }

export const test = base.extend<Fixtures, WorkerFixtures>({
  electronAvailable: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from the pattern
    async ({}, use, testInfo) => {
      const found = findElectron()
      if ('reason' in found && IN_CI && process.env.ROTEIRO_EXPECT_ELECTRON)
        throw new Error(`${found.reason} (ROTEIRO_EXPECT_ELECTRON is set)`)
      testInfo.skip('reason' in found, 'reason' in found ? found.reason : '')
      await use()
    },
    { auto: true },
  ],

  dataDir: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from the pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'roteiro-e2e-'))
      await use(dir)
      rmSync(dir, { recursive: true, force: true })
    },
    { scope: 'worker' },
  ],

  electronApp: [
    async ({ dataDir }, use) => {
      const found = findElectron()
      if (!('path' in found)) throw new Error(found.reason)
      ensureBuilt()
      const app = await _electron.launch({
        executablePath: found.path,
        args: [join(ROOT, 'out', 'main', 'index.js')],
        env: { ...process.env, ROTEIRO_DATA_DIR: dataDir } as Record<string, string>,
      })
      await use(app)
      await app.close().catch(() => undefined)
    },
    { scope: 'worker', timeout: 300_000 },
  ],
})

export { expect } from '@playwright/test'
