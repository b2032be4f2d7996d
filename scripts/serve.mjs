// `npm run serve -- [--port N] [--knowledge DIR]... [--data-dir DIR]`: the browser mode.
// Builds the renderer when out/renderer is missing or older than src/renderer (or src/core,
// which the UI bundles), then starts the loopback server. It never opens a browser: it prints
// the URL (with its token) for the person to open.
import { spawnSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = join(ROOT, 'out', 'renderer')

function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) latest = Math.max(latest, newest(path))
    else if (!entry.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(path).mtimeMs)
  }
  return latest
}

const index = join(OUT, 'index.html')
const sources = Math.max(
  newest(join(ROOT, 'src', 'renderer')),
  newest(join(ROOT, 'src', 'core')),
  statSync(join(ROOT, 'vite.renderer.config.ts')).mtimeMs,
)
if (!existsSync(index) || statSync(index).mtimeMs < sources) {
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
  if (build.status !== 0) {
    process.stderr.write('serve: the UI build failed\n')
    process.exit(build.status ?? 1)
  }
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', join(ROOT, 'src', 'server', 'cli.ts'), ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
