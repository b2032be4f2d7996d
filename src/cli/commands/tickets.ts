import { UsageError } from '../cli-error'

/** `kb tickets` — not implemented yet. */
export async function run(_argv: string[]): Promise<void> {
  throw new UsageError('"tickets" is not implemented yet')
}
