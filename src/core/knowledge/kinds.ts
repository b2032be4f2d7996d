import type { Product } from './types'
import { foldText } from '../text/fold'

const FAQ_FOLDERS = new Set(['perguntas_frequentes', 'perguntas_frequentes_faq'])

// Checked per path segment, first match wins, so "MODULOS_SEI" is "modulos" before "sei".
const PRODUCT_PATTERNS: [RegExp, Product][] = [
  [/^modulos?[_ -]/u, 'modulos'],
  [/protocolo[_ .-]?integrado/u, 'protocolo-integrado'],
  [/protocolo[_ .-]?gov[_ .-]?br/u, 'protocolo-gov-br'],
  [/tramita/u, 'tramita'],
  [/(^|[_ .-])nup([_ .-]|$)|numero[_ -]unico/u, 'nup'],
  [/(^|[_ .-])sei([_ .-]|$)|sistema[_ -]eletronico[_ -]de[_ -]informacao/u, 'sei'],
]

function folders(path: string): string[] {
  return path.split('/').slice(0, -1)
}

/**
 * True when the file sits in a FAQ folder (Perguntas_frequentes, Perguntas_Frequentes_FAQ; any
 * case) or is itself named like one (APP_SEI/Perguntas_frequentes.rst).
 */
export function isFaqPath(path: string): boolean {
  const name = (path.split('/').pop() ?? '').replace(/\.[^.]*$/, '')
  return [...folders(path), name].some((part) => FAQ_FOLDERS.has(foldText(part)))
}

/** True when the file sits inside a folder named "superados", at any depth. */
export function isSupersededPath(path: string): boolean {
  return folders(path).some((folder) => foldText(folder) === 'superados')
}

/** The product an article belongs to, from its folders and then its file name. */
export function productOf(path: string): Product {
  for (const segment of path.split('/')) {
    const folded = foldText(segment)
    for (const [pattern, product] of PRODUCT_PATTERNS) if (pattern.test(folded)) return product
  }
  return 'other'
}
