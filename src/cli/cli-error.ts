/** A usage error: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A failure the user can act on (unknown ticket, bad number…): one line on stderr, exit code 1. */
export class CommandError extends Error {
  override name = 'CommandError'
}
