import { describe, expect, it } from 'vitest'
import { API_METHODS } from './contract'
import { API_METHOD_NAMES } from './method-names'

describe('API_METHOD_NAMES', () => {
  it('lists exactly the contract methods', () => {
    expect([...API_METHOD_NAMES].sort()).toEqual([...API_METHODS].sort())
  })
})
