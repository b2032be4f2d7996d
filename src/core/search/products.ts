/**
 * The systems a query names ("portal do Tramita", "Protocolo Integrado"): a requester who names
 * the system names where the problem is, and an article about another system rarely answers.
 * SEI is not looked for: every module and integration runs inside it, so naming it says little;
 * nor, alone, is NUP: every process has one, and a message about any system quotes it.
 */
import type { Product } from '../knowledge/types'
import { foldAccents } from '../text/fold'

const NAMES: [RegExp, Product][] = [
  [/\btramita\b/, 'tramita'],
  [/\bprotocolo[\s._-]*integrado\b/, 'protocolo-integrado'],
  [/\bprotocolo[\s._-]*gov[\s._-]*br\b/, 'protocolo-gov-br'],
  [/\bnup\b|\bnumero unico de protocolo\b/, 'nup'],
]
/** Products that, named, tell which system the problem is in. */
const DECISIVE = new Set<Product>(['tramita', 'protocolo-integrado', 'protocolo-gov-br'])

/**
 * The products a query's text names, when it names one of the decisive systems (Tramita,
 * Protocolo Integrado, Protocolo.GOV.BR); null when it names none of them.
 */
export function namedProducts(text: string): Set<Product> | null {
  const folded = foldAccents(text)
  const named = new Set(NAMES.filter(([p]) => p.test(folded)).map(([, product]) => product))
  return [...named].some((p) => DECISIVE.has(p)) ? named : null
}

/** Whether an article of `product` is about another system than the `named` ones. */
export function otherSystem(product: Product, named: ReadonlySet<Product>): boolean {
  return NAMES.some(([, p]) => p === product) && !named.has(product)
}
