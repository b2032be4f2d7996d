import { UsageError } from '../cli-error'

/** `kb lint` — not implemented yet. */
export async function run(_argv: string[]): Promise<void> {
  throw new UsageError('"lint" is not implemented yet')
}
