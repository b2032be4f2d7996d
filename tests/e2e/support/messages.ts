// The UI's own words (pt-BR, its default language), so locators name things as the agent reads
// them and follow the wording when it changes.
import { PT_BR } from '../../../src/renderer/src/i18n/pt-BR'

export const UI = PT_BR

/** Fills `{name}` placeholders the way vue-i18n does for these simple messages. */
export function say(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}
