import { UsageError } from '../cli-error'

/** `kb search` — not implemented yet. */
export async function run(_argv: string[]): Promise<void> {
  throw new UsageError('"search" is not implemented yet')
}
