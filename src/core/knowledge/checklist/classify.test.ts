import { describe, expect, it } from 'vitest'
import { isInstruction } from './classify'

describe('isInstruction', () => {
  it('reads the instruction of a later clause after its connector', () => {
    expect(isInstruction('Os pacotes atuais causam esse erro, assim instalar a versão 1.0.3')).toBe(
      true,
    )
    expect(isInstruction('Os pacotes atuais causam esse erro, assim como a versão 1.0')).toBe(false)
  })

  it('reads what must be so ("é fundamental que haja …") as a reason, not an instruction', () => {
    expect(
      isInstruction(
        'Para isso é fundamental que haja um contato com o órgão para saber se estão cientes.',
      ),
    ).toBe(false)
    expect(isInstruction('É necessário que o usuário realize o desbloqueio do processo.')).toBe(
      true,
    )
  })
})
