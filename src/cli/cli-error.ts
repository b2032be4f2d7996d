import { ApiError, isDataFolderCode } from '../core/api/contract'
import { TicketSchemaError } from '../core/tickets/schema'
import { errorLine } from './error-text'

/** A usage error: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A failure the user can act on (unknown ticket, bad number…): one line on stderr, exit code 1. */
export class CommandError extends Error {
  override name = 'CommandError'
}

/** The CLI's wording of an API error, from its code and parameters. */
export function describeApiError(error: ApiError): string {
  const { ticket, article } = error.params
  if (error.code === 'not-found' && ticket !== undefined)
    return `chamado ${ticket} não encontrado (abra-o com "kb ticket open ${ticket}")`
  if (error.code === 'not-found' && article !== undefined && error.params.step === undefined)
    return `artigo "${article}" não encontrado na base de conhecimento`
  return error.message
}

/** Runs a command body: API errors become UsageError (bad arguments) or CommandError (exit 1). */
export async function asCommand<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof ApiError && !isDataFolderCode(error.code)) {
      const message = describeApiError(error)
      throw error.code === 'bad-arguments' ? new UsageError(message) : new CommandError(message)
    }
    const line = errorLine(error)
    if (line) throw new CommandError(line)
    if (error instanceof TicketSchemaError) throw new CommandError(error.message)
    throw error
  }
}
