import { describe, expect, it } from 'vitest'
import { isInstruction } from './classify'

describe('isInstruction', () => {
  it('reads the instruction of a later clause after its connector', () => {
    expect(isInstruction('Os pacotes atuais causam esse erro, assim instalar a versão 1.0.3')).toBe(
      true,
    )
    expect(isInstruction('Os pacotes atuais causam esse erro, assim como a versão 1.0')).toBe(false)
  })
})
