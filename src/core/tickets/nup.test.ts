import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { nup17CheckDigits, nup21CheckDigits, validateNup } from './nup'

describe('validateNup, 17-digit form (modulo 11)', () => {
  it('accepts the NUPs that appear in the knowledge base', () => {
    for (const nup of ['95190.000148/2021-01', '95190.000001/2021-11'])
      expect(validateNup(nup)).toEqual({
        valid: true,
        form: '17',
        formatted: nup,
        message: null,
        expected: null,
      })
  })
  it('accepts input without punctuation or with spaces, and formats it', () => {
    expect(validateNup(' 95190000148202101 ')).toMatchObject({
      valid: true,
      formatted: '95190.000148/2021-01',
    })
    expect(validateNup('95190 000148 2021 01')).toMatchObject({ valid: true })
  })
  it('flags altered digits with a message', () => {
    const bad = validateNup('95190.000148/2021-02')
    expect(bad).toMatchObject({ valid: false, form: '17' })
    expect(bad.message).toMatch(/terminar em 01\b/)
    expect(validateNup('95190.000149/2021-01').valid).toBe(false)
    expect(validateNup('95191.000148/2021-01').valid).toBe(false)
  })
  it('computes digits by the rule (worked example)', () => {
    // 951900001482021: weights 2.. from the right → first digit 0, then over 16 digits → 1
    expect(nup17CheckDigits('951900001482021')).toBe('01')
  })
  it('catches nearly every single-digit change (the mod-10 fold lets ~0.2 % through)', () => {
    // (11 − r) mod 10 maps remainders 0 and 1 to the same digit, so the rule itself is not
    // perfect: this checks our implementation keeps its expected strength, not more.
    const cases = fc.sample(
      fc.tuple(fc.stringMatching(/^\d{15}$/), fc.nat(16), fc.integer({ min: 1, max: 9 })),
      { numRuns: 5000, seed: 17 },
    )
    let missed = 0
    for (const [base, pos, delta] of cases) {
      const digits = base + nup17CheckDigits(base)
      expect(validateNup(digits).valid).toBe(true)
      const changed =
        digits.slice(0, pos) + ((Number(digits[pos]) + delta) % 10) + digits.slice(pos + 1)
      if (validateNup(changed).valid) missed++
    }
    expect(missed / cases.length).toBeLessThan(0.01)
  })
})

describe('validateNup, 21-digit form (ISO 7064 MOD 97-10)', () => {
  it('accepts a constructed number whose whole value mod 97 is 1', () => {
    const base = '0000100' + '00012345' + '2019'
    const digits = base + nup21CheckDigits(base)
    expect(BigInt(digits) % 97n).toBe(1n)
    const formatted = `${digits.slice(0, 7)}.${digits.slice(7, 15)}/${digits.slice(15, 19)}-${digits.slice(19)}`
    expect(validateNup(formatted)).toEqual({
      valid: true,
      form: '21',
      formatted,
      message: null,
      expected: null,
    })
    expect(validateNup(digits).valid).toBe(true)
  })
  it('matches BigInt arithmetic for random bases and catches every single-digit change', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{19}$/),
        fc.nat(20),
        fc.integer({ min: 1, max: 9 }),
        (base, pos, delta) => {
          const check = nup21CheckDigits(base)
          expect(Number(check)).toBe(98 - Number((BigInt(base) * 100n) % 97n))
          const digits = base + check
          expect(validateNup(digits).valid).toBe(true)
          const changed =
            digits.slice(0, pos) + ((Number(digits[pos]) + delta) % 10) + digits.slice(pos + 1)
          expect(validateNup(changed).valid).toBe(false)
        },
      ),
    )
  })
})

describe('validateNup, other input', () => {
  it('says what a NUP looks like', () => {
    for (const input of ['', 'abc', '12345', '95190.000148/2021', '1234567890123456789012'])
      expect(validateNup(input)).toMatchObject({
        valid: false,
        form: null,
        message: expect.stringMatching(/17 dígitos/),
      })
  })
})
