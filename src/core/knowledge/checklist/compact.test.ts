import { describe, expect, it } from 'vitest'
import { withShortFields, withoutAsides, withoutCircumstance, withoutOwnCondition } from './compact'

describe('shorter forms of a long action', () => {
  it('drops parenthetical asides unless nothing would be left', () => {
    expect(withoutAsides('Anexar o print da tela (anexo) e o log (relatório).')).toBe(
      'Anexar o print da tela e o log.',
    )
    expect(withoutAsides('(ver abaixo)')).toBe('(ver abaixo)')
  })

  it('keeps the instruction after an opening circumstance', () => {
    expect(
      withoutCircumstance('Após identificação do momento do erro, obter os logs do sistema.'),
    ).toBe('Obter os logs do sistema.')
    expect(
      withoutCircumstance('Na situação em que o prazo vence, solicito ao órgão um plano.'),
    ).toBe('Solicito ao órgão um plano.')
    expect(withoutCircumstance('O certificado, bem como a cadeia, pode ser retirado.')).toBeNull()
    expect(withoutCircumstance('O usuário que pedir orientações, deve consultar a lista.')).toBe(
      'Consultar a lista.',
    )
    expect(withoutCircumstance('O órgão que aderiu, deve possuir um gestor.')).toBeNull()
  })

  it('drops the condition the step sits under when it opens the text', () => {
    const condition = 'Caso sua instalação possua mais de 1 php.ini'
    expect(withoutOwnCondition(`${condition}, favor atualizar o módulo do PEN.`, condition)).toBe(
      'Favor atualizar o módulo do PEN.',
    )
    expect(withoutOwnCondition('Atualizar o módulo.', condition)).toBe('Atualizar o módulo.')
    // A condition that goes on ("…, e mesmo assim …") or is cut inside its parenthesis stays.
    const going = 'Caso execute com sucesso, e mesmo assim não tramite, entrar em contato.'
    expect(withoutOwnCondition(going, 'Caso execute com sucesso')).toBe(going)
    expect(
      withoutOwnCondition(going, 'Caso execute com sucesso', { evenBeforeAClause: true }),
    ).toBe('E mesmo assim não tramite, entrar em contato.')
    const inside =
      'Caso haja mais de 1 php.ini (por exemplo em DEBIAN, ou outras), favor atualizar.'
    expect(withoutOwnCondition(inside, 'Caso haja mais de 1 php.ini (por exemplo em DEBIAN')).toBe(
      inside,
    )
  })

  it('cuts each field of a long list to its first words', () => {
    expect(
      withShortFields(
        'Solicitar: Nome completo; Print da tela com o erro; Versão da API; SOAP ou REST?',
      ),
    ).toBe('Solicitar: Nome completo; Print da tela; Versão da API; SOAP ou REST?')
    expect(withShortFields('Verificar o seguinte: a data; o status')).toBeNull()
  })
})
