// `node scripts/build-ui.mjs`: builds the browser-mode UI (out/renderer) when it is missing or
// older than src/renderer (or src/core, which the UI bundles). `npm run serve` and the
// end-to-end runner's global setup call it, so a clean checkout serves a current UI.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const INDEX = join(ROOT, 'out', 'renderer', 'index.html')

function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) latest = Math.max(latest, newest(path))
    else if (!entry.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(path).mtimeMs)
  }
  return latest
}

/** Builds the UI when stale; returns the build's exit status (0 when nothing had to be done). */
export function ensureUiBuilt() {
  const sources = Math.max(
    newest(join(ROOT, 'src', 'renderer')),
    newest(join(ROOT, 'src', 'core')),
    statSync(join(ROOT, 'vite.renderer.config.ts')).mtimeMs,
  )
  if (existsSync(INDEX) && statSync(INDEX).mtimeMs >= sources) return 0
  process.stderr.write('serve: building the UI (vite build)...\n')
  const build = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'vite.renderer.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  )
  if (build.status !== 0) process.stderr.write('serve: the UI build failed\n')
  return build.status ?? 1
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = ensureUiBuilt()
}
