import {
  API_ARGS,
  ApiError,
  parseApiArgs,
  type ApiErrorBody,
  type ApiImplementation,
  isDataFolderCode,
  type ApiMethod,
} from '../../core/api/contract'
import { dataFolderError } from '../fs/data-folder-error'

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody }

/** True when `method` is one of the contract's methods (own keys only: no `toString`, `__proto__`). */
export function isApiMethod(method: string): method is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API_ARGS, method)
}

/** Turns any thrown value into an error body a person can read, without stack traces. */
export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof ApiError) return error.toBody()
  const fault = dataFolderError(error)
  if (fault) return toErrorBody(fault)
  return {
    code: 'internal',
    message: 'Erro interno ao executar a operação. Tente de novo; se persistir, avise o suporte.',
  }
}

/**
 * The one entry point every host uses: validates the arguments with the contract's schema, runs
 * the method and returns a plain result or error body (never throws).
 */
export async function dispatch(
  api: ApiImplementation,
  method: string,
  rawArgs: unknown,
  onInternalError: (method: string, error: unknown) => void = defaultLog,
): Promise<DispatchResult> {
  if (!isApiMethod(method))
    return {
      ok: false,
      error: {
        code: 'bad-arguments',
        message: `Método desconhecido: ${method}`,
        params: { method },
      },
    }
  try {
    const args = parseApiArgs(method, rawArgs)
    const result = await (api[method] as (a: unknown) => Promise<unknown>)(args)
    return { ok: true, result }
  } catch (error) {
    // Data-folder faults too: the agent sees them in the UI, whoever runs the host in its log.
    // A call cut short because the service is closing is no fault of anyone's: nothing to log.
    const logged = !(error instanceof ApiError) || isDataFolderCode(error.code)
    if (logged && !isAbort(error)) onInternalError(method, error)
    return { ok: false, error: toErrorBody(error) }
  }
}

/** An operation stopped through its AbortSignal (the DOM and Node both name it AbortError). */
function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError'
}

function defaultLog(method: string, error: unknown): void {
  // Details go to the host's log (stderr), never to the caller.
  if (error instanceof ApiError) console.error(`[roteiro] ${method}: ${error.message}`)
  else if (dataFolderError(error))
    console.error(`[roteiro] ${method}: ${dataFolderError(error)?.message}`)
  else console.error(`[roteiro] ${method} failed:`, error)
}
