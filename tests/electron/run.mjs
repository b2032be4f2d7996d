// Runs the Electron end-to-end specs (Playwright's _electron) where an Electron binary exists,
// and reports them skipped, with the reason, where it does not. Never triggers a download.
// Usage: node tests/electron/run.mjs   (the e2e step calls it)
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

/** The Electron binary, or the reason there is none. */
export function findElectron() {
  if (process.env.ELECTRON_PATH) {
    return existsSync(process.env.ELECTRON_PATH)
      ? { path: process.env.ELECTRON_PATH }
      : { reason: `ELECTRON_PATH=${process.env.ELECTRON_PATH} does not exist` }
  }
  const pkg = join(ROOT, 'node_modules', 'electron')
  const pathTxt = join(pkg, 'path.txt')
  if (!existsSync(pathTxt))
    return { reason: 'Electron binary not installed (node_modules/electron/path.txt missing)' }
  const binary = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim())
  return existsSync(binary) ? { path: binary } : { reason: `Electron binary missing at ${binary}` }
}

const found = findElectron()
if (!found.path) {
  console.log(`skipped: ${found.reason}`)
  process.exit(0)
}
if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) {
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const specs = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.spec.ts'))
let failed = 0
for (const spec of specs) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, spec)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_PATH: found.path },
  })
  if (run.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
