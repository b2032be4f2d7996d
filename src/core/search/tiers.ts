/** Responsibility tiers ("Atendente N2", "Equipe de nível 1", "N1") normalized to 'N1', 'N2'… */

import { foldAccents } from '../text/fold'

const TIER_PATTERNS: RegExp[] = [
  /\bn\s?([1-4])\b/g, // N1, N 2
  /\bnivel\s+([1-4])\b/g, // nível 1
  /\b([1-4])\s?[oº]?\s+nivel\b/g, // 1º nível, 1o nível, 1 nível
  /\bnivel\s+(um|dois|tres|quatro)\b/g,
]
const WORD_NUMBERS: Record<string, string> = { um: '1', dois: '2', tres: '3', quatro: '4' }

/** The tiers a responsibility text names, in order of first mention ([] when none or a stub). */
export function normalizeTiers(text: string | null | undefined): string[] {
  if (!text) return []
  const plain = foldAccents(text).replace(/[*_]/g, '').trim()
  // Template instructions left in place, e.g. "(Indicar quem é responsável …)", name no tier.
  if (plain.startsWith('(') && plain.endsWith(')')) return []
  const found: { at: number; tier: string }[] = []
  for (const pattern of TIER_PATTERNS) {
    for (const match of plain.matchAll(pattern)) {
      const digit = WORD_NUMBERS[match[1]] ?? match[1]
      found.push({ at: match.index, tier: `N${digit}` })
    }
  }
  found.sort((a, b) => a.at - b.at)
  return [...new Set(found.map((f) => f.tier))]
}

/** Normalizes one filter value ("n2", "Nível 2", "N2") to a tier, or null if it names none. */
export function normalizeTier(value: string): string | null {
  return normalizeTiers(value)[0] ?? null
}
