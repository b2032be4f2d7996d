import { describe, expect, it } from 'vitest'
import { namedProducts } from '../search/products'
import { productOf } from './kinds'
import { PRODUCT_NAMES, namesPattern } from './product-names'

describe('namesPattern', () => {
  it('finds a name as whole words, joined by spaces, dots, underscores or hyphens', () => {
    const pattern = namesPattern(['protocolo gov br'])
    for (const text of [
      'protocolo gov br',
      'protocolo.gov.br',
      'protocolo_gov_br',
      'x-protocolo-gov-br',
    ])
      expect(pattern.test(text)).toBe(true)
    expect(pattern.test('protocologovbrasil')).toBe(false)
    expect(namesPattern(['nup']).test('nupcias')).toBe(false)
  })
})

describe('one table for folders and text', () => {
  it('names each decisive product the same way in a folder and in a message', () => {
    for (const { product, names, inText } of PRODUCT_NAMES) {
      if (inText !== 'decisive') continue
      for (const name of names) {
        expect(productOf(`${name.replace(/ /g, '_')}/Artigo.rst`)).toBe(product)
        expect(namedProducts(`problema no ${name}`)).toEqual(new Set([product]))
      }
    }
  })
})
