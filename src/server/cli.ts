/**
 * `npm run serve -- [--port N] [--knowledge DIR]... [--data-dir DIR] [--ui DIR]`: the browser
 * mode. Prints the URL (with its token) and never opens a browser itself: locked-down desktops
 * and remote sessions decide where the page is opened.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultDataDir, BUNDLED_KNOWLEDGE_DIR } from '../node/paths'
import { startServer } from './server'

const USAGE = 'usage: npm run serve -- [--port N] [--knowledge DIR]... [--data-dir DIR] [--ui DIR]'

async function main(): Promise<void> {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        knowledge: { type: 'string', multiple: true },
        'data-dir': { type: 'string' },
        ui: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    process.stderr.write(`serve: ${(error as Error).message.split('\n')[0]}\n${USAGE}\n`)
    process.exitCode = 2
    return
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n')
    return
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`serve: --port must be 0..65535\n${USAGE}\n`)
    process.exitCode = 2
    return
  }
  const running = await startServer({
    port,
    knowledgeDirs: (values.knowledge?.length ? values.knowledge : [BUNDLED_KNOWLEDGE_DIR]).map(
      (d) => resolve(d),
    ),
    dataDir: values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir(),
    uiDir: resolve(values.ui ?? resolve(import.meta.dirname, '../../out/renderer')),
  })
  process.stdout.write(`Roteiro (modo navegador): ${running.url}\n`)
  process.stdout.write('Abra este endereço no navegador. Ctrl+C encerra.\n')
  const stop = () => {
    void running.close().finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`serve: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
