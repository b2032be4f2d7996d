import { UsageError } from '../cli-error'

/** `kb ticket` — not implemented yet. */
export async function run(_argv: string[]): Promise<void> {
  throw new UsageError('"ticket" is not implemented yet')
}
