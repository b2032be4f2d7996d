// `npm run serve -- [--port N] [--knowledge DIR]... [--data-dir DIR]`: the browser mode.
// Builds the renderer when it is stale (scripts/build-ui.mjs), then starts the loopback server.
// It never opens a browser: it prints the URL (with its token) for the person to open.
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { ensureUiBuilt } from './build-ui.mjs'

const ROOT = resolve(import.meta.dirname, '..')

const status = ensureUiBuilt()
if (status !== 0) process.exit(status)

const child = spawn(
  process.execPath,
  ['--import', 'tsx', join(ROOT, 'src', 'server', 'cli.ts'), ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
