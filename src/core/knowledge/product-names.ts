/**
 * The one table of the products and the names they go by. Folder and file names
 * ("Protocolo_Integrado", "MODULOS_SEI") and free text ("o portal do Tramita.GOV.BR") are both
 * matched from it, so a product named one way in the knowledge base is named the same way in a
 * query.
 */
import type { Product } from './types'

/** What naming a product in a query's text says (see core/search/products). */
export type TextWeight =
  /** Naming it tells which system the problem is in (Tramita, Protocolo Integrado, …). */
  | 'decisive'
  /** Named, but says little alone: every process has a NUP and messages quote it. */
  | 'named'
  /** Not looked for in text: every module and integration runs inside SEI. */
  | 'ignored'

/** A product and its names, as folded words ("protocolo gov br"). */
export interface ProductNames {
  product: Exclude<Product, 'other'>
  names: readonly string[]
  inText: TextWeight
}

export const PRODUCT_NAMES: readonly ProductNames[] = [
  { product: 'modulos', names: ['modulo', 'modulos'], inText: 'ignored' },
  { product: 'protocolo-integrado', names: ['protocolo integrado'], inText: 'decisive' },
  { product: 'protocolo-gov-br', names: ['protocolo gov br'], inText: 'decisive' },
  { product: 'tramita', names: ['tramita'], inText: 'decisive' },
  { product: 'nup', names: ['nup', 'numero unico de protocolo'], inText: 'named' },
  { product: 'sei', names: ['sei', 'sistema eletronico de informacao'], inText: 'ignored' },
]

/**
 * A pattern for folded text that finds any of `names` as whole words, the words of a name joined
 * by any run of spaces, dots, underscores or hyphens ("protocolo_gov.br", "protocolo-integrado").
 */
export function namesPattern(names: readonly string[]): RegExp {
  const alternatives = names.map((name) => name.split(' ').join('[\\s._-]*'))
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'u')
}
