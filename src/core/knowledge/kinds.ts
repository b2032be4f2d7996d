import type { Product } from './types'
import { foldText } from '../text/fold'
import { PRODUCT_NAMES, namesPattern } from './product-names'

const FAQ_FOLDERS = new Set(['perguntas_frequentes', 'perguntas_frequentes_faq'])

const PATH_PATTERNS = PRODUCT_NAMES.map(({ product, names }) => ({
  product,
  pattern: namesPattern(names),
}))

/** The product a path segment names first ("MODULOS_SEI" is "modulos", "APP_SEI_Modulo" "sei"). */
function productNamedIn(segment: string): Product | undefined {
  let first: { product: Product; at: number } | undefined
  for (const { product, pattern } of PATH_PATTERNS) {
    const at = segment.search(pattern)
    if (at >= 0 && (first === undefined || at < first.at)) first = { product, at }
  }
  return first?.product
}

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
    const product = productNamedIn(foldText(segment))
    if (product) return product
  }
  return 'other'
}
