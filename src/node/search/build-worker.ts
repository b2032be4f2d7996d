/**
 * Worker thread entry: builds a search snapshot off the main thread. In the bundled app this
 * file must be its own entry of the main build, emitted next to the main bundle as
 * `search-worker.js` (see openSearch).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { buildSnapshot } from './build'

const { dirs } = workerData as { dirs: string[] }
buildSnapshot(dirs).then(
  (snapshot) => parentPort?.postMessage({ ok: true, json: JSON.stringify(snapshot) }),
  (error: unknown) =>
    parentPort?.postMessage({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
)
