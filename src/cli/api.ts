/**
 * The API as the CLI calls it: a service over --knowledge and --data-dir (no watching, nothing
 * loaded before a call needs it), called through `dispatch` like the desktop app and the browser
 * mode do, so the same arguments are refused, the same rules apply and the same events are
 * recorded whichever host runs.
 */
import { apiErrorFrom, type ApiArgs, type ApiMethod, type ApiResults } from '../core/api/contract'
import { appVersion } from '../node/paths'
import { createRoteiroService, dispatch } from '../node/service'
import { createDefaultBackends } from '../node/service/default-backends'
import { createSettingsStore, describeRecovery } from '../node/settings'
import { cliLanguage } from './error-text'
import { dataDir, knowledgeDirs } from './options'

export interface CliApi {
  /** Calls one method; rejects with the ApiError the host answered. */
  call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResults[M]>
  /** The data folder in use (for messages that name a file). */
  readonly dataDir: string
  close(): Promise<void>
}

/** Opens the service of the CLI's folders; store warnings go to stderr. */
export async function openCliApi(values: {
  knowledge?: string[]
  'data-dir'?: string
}): Promise<CliApi> {
  const dir = dataDir(values)
  const now = () => new Date()
  const log = (message: string) => process.stderr.write(`kb: aviso: ${message}\n`)
  const settings = createSettingsStore({ dataDir: dir })
  const reset = describeRecovery(settings.recovery, cliLanguage())
  if (reset) log(reset)
  const service = await createRoteiroService({
    knowledgeDirs: knowledgeDirs(values),
    dataDir: dir,
    settings,
    host: {
      kind: 'cli',
      version: appVersion(),
      writesClipboard: false,
      nativeDialogs: false,
      lookupWindow: false,
    },
    backends: createDefaultBackends(now, { warmUp: false, waitUntilCurrent: true, log }),
    watch: false,
    loadAtStart: false,
  })
  return {
    dataDir: dir,
    async call(method, args) {
      // The CLI prints the error itself, in one line; the host's log is for KB_DEBUG only.
      const outcome = await dispatch(service.api, method, args, (name, error) => {
        if (process.env.KB_DEBUG) console.error(`[roteiro] ${name}:`, error)
      })
      if (!outcome.ok) throw apiErrorFrom(outcome.error)
      return outcome.result as ApiResults[typeof method]
    },
    close: () => service.close(),
  }
}

/** Runs `body` with the API open, and closes it afterwards. */
export async function withCliApi<T>(
  values: { knowledge?: string[]; 'data-dir'?: string },
  body: (api: CliApi) => Promise<T>,
): Promise<T> {
  const api = await openCliApi(values)
  try {
    return await body(api)
  } finally {
    await api.close()
  }
}
