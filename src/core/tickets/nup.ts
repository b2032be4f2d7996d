/**
 * NUP (Número Único de Protocolo) check. Two forms:
 * - 17 digits, 00000.000000/0000-00: two modulo-11 check digits, each
 *   (11 − Σ digit × weight mod 11) mod 10 with weights 2, 3, 4… from the right, the second over
 *   the 15 digits plus the first check digit.
 *   This is the form in force (Portaria Interministerial MJSP/ME nº 11/2019, annex).
 * - 21 digits, 0000000.00000000/0000-00: ISO 7064 MOD 97-10, D1D0 = 98 − (first 19 digits × 100
 *   mod 97), so the whole number mod 97 is 1. Defined by Portaria Interministerial nº 2.321/2014
 *   (annex as amended by PI nº 705/2015), which PI nº 11/2019 revoked; kept for numbers issued
 *   under it.
 * Written here because no maintained library checks NUPs; the rules are a few lines each.
 */

export interface NupCheck {
  valid: boolean
  form: '17' | '21' | null
  /** The number with the form's punctuation, or the input trimmed when the form is unknown. */
  formatted: string
  /** Portuguese message when not valid, else null. */
  message: string | null
  /** The check digits the number should end with, when only they are wrong (e.g. "01"). */
  expected: string | null
}

function mod11Digit(digits: string): number {
  let sum = 0
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight++)
    sum += Number(digits[i]) * weight
  return (11 - (sum % 11)) % 10
}

/** The two check digits of a 17-digit NUP from its first 15 digits. */
export function nup17CheckDigits(first15: string): string {
  const d1 = mod11Digit(first15)
  const d2 = mod11Digit(first15 + d1)
  return `${d1}${d2}`
}

function mod97(digits: string): number {
  // Chunked so the running value stays a safe integer.
  let rest = 0
  for (let i = 0; i < digits.length; i += 7) rest = Number(`${rest}${digits.slice(i, i + 7)}`) % 97
  return rest
}

/** The two check digits of a 21-digit NUP from its first 19 digits (ISO 7064 MOD 97-10). */
export function nup21CheckDigits(first19: string): string {
  return String(98 - mod97(first19 + '00')).padStart(2, '0')
}

const FORM_17 = /^\d{5}\.?\d{6}\/?\d{4}-?\d{2}$/
const FORM_21 = /^\d{7}\.?\d{8}\/?\d{4}-?\d{2}$/

/** The answer for a number of a known form, whose check digits are right or should be `expected`. */
function checked(form: '17' | '21', formatted: string, valid: boolean, expected: string): NupCheck {
  if (valid) return { valid: true, form, formatted, message: null, expected: null }
  return {
    valid: false,
    form,
    formatted,
    message: `Dígitos verificadores do NUP não conferem: o número deveria terminar em ${expected}. Confira o número.`,
    expected,
  }
}

/** Checks a NUP typed with or without punctuation (. / - and spaces). */
export function validateNup(input: string): NupCheck {
  const trimmed = input.trim()
  const compact = trimmed.replace(/\s+/g, '')
  const digits = compact.replace(/\D/g, '')
  if (digits.length === 17 && (FORM_17.test(compact) || /^\d+$/.test(compact))) {
    const formatted = `${digits.slice(0, 5)}.${digits.slice(5, 11)}/${digits.slice(11, 15)}-${digits.slice(15)}`
    const expected = nup17CheckDigits(digits.slice(0, 15))
    return checked('17', formatted, expected === digits.slice(15), expected)
  }
  if (digits.length === 21 && (FORM_21.test(compact) || /^\d+$/.test(compact))) {
    const formatted = `${digits.slice(0, 7)}.${digits.slice(7, 15)}/${digits.slice(15, 19)}-${digits.slice(19)}`
    const expected = nup21CheckDigits(digits.slice(0, 19))
    return checked('21', formatted, mod97(digits) === 1, expected)
  }
  return {
    valid: false,
    form: null,
    formatted: trimmed,
    expected: null,
    message:
      'Não é um NUP: use 17 dígitos (00000.000000/0000-00) ou 21 dígitos (0000000.00000000/0000-00).',
  }
}
