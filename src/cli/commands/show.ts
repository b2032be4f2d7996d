import { UsageError } from '../cli-error'

/** `kb show` — not implemented yet. */
export async function run(_argv: string[]): Promise<void> {
  throw new UsageError('"show" is not implemented yet')
}
