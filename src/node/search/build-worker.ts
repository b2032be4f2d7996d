/**
 * Worker thread entry: builds the knowledge base and its index off the host's thread and sends
 * back the cache file's bytes (transferred, not copied). In the bundled app this file is its own
 * entry of the main build, emitted next to the main bundle as `search-worker.js` (see
 * workerScript).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { buildSnapshot } from './build'
import { CACHE_VERSION, encodeCache } from './cache-file'

const { dirs } = workerData as { dirs: string[] }
buildSnapshot(dirs).then(
  (snapshot) => {
    const encoded = encodeCache(CACHE_VERSION, dirs, snapshot)
    // Only a buffer that owns its whole ArrayBuffer can be transferred; a pooled one is copied.
    const bytes =
      encoded.byteOffset === 0 && encoded.byteLength === encoded.buffer.byteLength
        ? encoded
        : new Uint8Array(encoded)
    parentPort?.postMessage({ ok: true, bytes }, [bytes.buffer as ArrayBuffer])
  },
  (error: unknown) =>
    parentPort?.postMessage({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
)
