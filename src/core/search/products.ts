/**
 * The systems a query names ("portal do Tramita", "Protocolo Integrado"): a requester who names
 * the system names where the problem is, and an article about another system rarely answers.
 * SEI is not looked for: every module and integration runs inside it, so naming it says little;
 * nor, alone, is NUP: every process has one, and a message about any system quotes it.
 */
import { PRODUCT_NAMES, namesPattern } from '../knowledge/product-names'
import type { Product } from '../knowledge/types'
import { foldAccents } from '../text/fold'

const NAMES = PRODUCT_NAMES.filter(({ inText }) => inText !== 'ignored').map(
  ({ product, names, inText }) => ({ product, pattern: namesPattern(names), inText }),
)

/**
 * The products a query's text names, when it names one of the decisive systems (Tramita,
 * Protocolo Integrado, Protocolo.GOV.BR); null when it names none of them.
 */
export function namedProducts(text: string): Set<Product> | null {
  const folded = foldAccents(text)
  const found = NAMES.filter(({ pattern }) => pattern.test(folded))
  if (!found.some(({ inText }) => inText === 'decisive')) return null
  return new Set(found.map(({ product }) => product))
}

/** Whether an article of `product` is about another system than the `named` ones. */
export function otherSystem(product: Product, named: ReadonlySet<Product>): boolean {
  return NAMES.some((name) => name.product === product) && !named.has(product)
}
