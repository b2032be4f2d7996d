import { Worker } from 'node:worker_threads'

let running = 0

/** How many build workers are alive in this process (tests check that close() stops them). */
export function runningWorkers(): number {
  return running
}

/** The worker could not be started or died without answering (not a build error). */
export class WorkerUnavailableError extends Error {}

/** A build running in a worker thread. */
export interface WorkerBuild {
  /** The cache file's bytes; rejects with WorkerUnavailableError when the worker never answered. */
  result: Promise<Buffer>
  /** Stops the worker (the result then rejects); resolves once the thread is gone. */
  terminate(): Promise<void>
}

/** The worker script, and whether it is TypeScript source (run through tsx). */
export interface WorkerScript {
  url: URL
  typescript: boolean
}

/**
 * The worker script: the .ts source under tsx (dev, tests, CLI), or `search-worker.js` emitted
 * next to the bundle by the main build. A given URL gets tsx when it names a .ts file.
 */
export function workerScript(url?: URL): WorkerScript {
  if (url) return { url, typescript: url.pathname.endsWith('.ts') }
  if (import.meta.url.endsWith('.ts')) {
    return { url: new URL('./build-worker.ts', import.meta.url), typescript: true }
  }
  return { url: new URL('./search-worker.js', import.meta.url), typescript: false }
}

/** Starts a worker that builds the knowledge base and index of `dirs` (see build-worker.ts). */
export function startWorkerBuild(dirs: string[], script: WorkerScript): WorkerBuild {
  let worker: Worker
  try {
    worker = script.typescript
      ? new Worker(tsxBootstrap(script.url), { eval: true, workerData: { dirs } })
      : new Worker(script.url, { workerData: { dirs } })
  } catch (error) {
    return {
      result: Promise.reject(new WorkerUnavailableError(messageOf(error))),
      terminate: async () => undefined,
    }
  }
  running++
  worker.once('exit', () => running--)
  let answered = false
  const result = new Promise<Buffer>((resolve, reject) => {
    worker.once('message', (message: { ok: boolean; bytes?: Uint8Array; error?: string }) => {
      answered = true
      // Settles once the thread is gone: a finished build leaves no worker behind.
      const settle = (): void => {
        if (message.ok && message.bytes) {
          const { buffer, byteOffset, byteLength } = message.bytes
          resolve(Buffer.from(buffer, byteOffset, byteLength))
        } else reject(new Error(message.error ?? 'search worker failed'))
      }
      worker.terminate().then(settle, settle)
    })
    worker.once('error', (error) => {
      if (!answered) reject(new WorkerUnavailableError(messageOf(error)))
    })
    worker.once('exit', (code) => {
      if (!answered) reject(new WorkerUnavailableError(`search worker exited with code ${code}`))
    })
  })
  return {
    result,
    terminate: async () => {
      await worker.terminate()
    },
  }
}

/**
 * A worker that registers tsx, then imports the .ts script. On Node 20, `execArgv: ['--import',
 * 'tsx']` does not reach a worker's module loader ("Unknown file extension .ts"), so without
 * this every build in dev, tests and the CLI silently ran on the host's thread.
 */
function tsxBootstrap(script: URL): string {
  const api = import.meta.resolve('tsx/esm/api')
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}) })`
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
