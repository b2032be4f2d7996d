import { UsageError } from '../cli-error'

/** `kb articles` — not implemented yet. */
export async function run(_argv: string[]): Promise<void> {
  throw new UsageError('"articles" is not implemented yet')
}
