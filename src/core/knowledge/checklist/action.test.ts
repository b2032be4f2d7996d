import { describe, expect, it } from 'vitest'
import { actionSpan, withoutConnectors } from './action'
import { isInstruction, opensWithVerb } from './classify'

describe('actionSpan', () => {
  it('drops connectors, framing and the reason, keeping the words as written', () => {
    expect(
      actionSpan('Dessa forma, é necessário identificar qual ambiente recebeu o processo.'),
    ).toBe('Identificar qual ambiente recebeu o processo.')
    expect(
      actionSpan(
        'Não se deve enviar via lote pois é necessário que o agendamento esteja habilitado.',
      ),
    ).toBe('Não se deve enviar via lote')
    expect(actionSpan('Por favor, sugerimos que altere o nome do documento.')).toBe(
      'Altere o nome do documento.',
    )
  })

  it('keeps the whole text when what is left would be too short', () => {
    expect(actionSpan('Dessa forma, reinicie.')).toBe('Dessa forma, reinicie.')
    expect(actionSpan('Verificar o log do módulo.')).toBe('Verificar o log do módulo.')
    // Without "é fundamental que", a state would read as an order.
    expect(actionSpan('É fundamental que haja um contato com o órgão.')).toBe(
      'É fundamental que haja um contato com o órgão.',
    )
    expect(actionSpan('Recomenda-se a atualização do módulo para a versão 3.0.')).toBe(
      'Recomenda-se a atualização do módulo para a versão 3.0.',
    )
    expect(actionSpan('Solicito que verifique a configuração do módulo.')).toBe(
      'Verifique a configuração do módulo.',
    )
  })
})

describe('instructions', () => {
  it('reads imperatives by their ending when an object follows', () => {
    expect(opensWithVerb('desligue o servico')).toBe(true)
    expect(opensWithVerb('mate todos os workers')).toBe(true)
    expect(opensWithVerb('durante a vigencia do act')).toBe(false)
    expect(opensWithVerb('atualmente o protocolo usa')).toBe(false)
    expect(opensWithVerb('telefone com ddd')).toBe(false)
  })

  it('finds the instruction of a condition written without its comma', () => {
    expect(isInstruction('Caso o usuário solicite a documentação informar o endereço.')).toBe(true)
    expect(isInstruction('Se o usuário solicitar orientações informar o endereço.')).toBe(true)
    expect(isInstruction('Se o processo estiver parado no status 6')).toBe(false)
  })

  it('does not take a purpose clause or an expectation for an instruction', () => {
    expect(isInstruction('É esperado que o órgão receba os recibos de conclusão.')).toBe(false)
    expect(isInstruction('O órgão recebe o recibo para que o trâmite seja finalizado.')).toBe(false)
  })
})

describe('withoutConnectors', () => {
  it('drops only the connectors a text opens with, keeping its framing and the rest', () => {
    expect(withoutConnectors('Dessa forma, é necessário identificar qual ambiente recebeu.')).toBe(
      'É necessário identificar qual ambiente recebeu.',
    )
    expect(withoutConnectors('Por fim, reforçamos que é necessário aguardar o agendamento.')).toBe(
      'É necessário aguardar o agendamento.',
    )
    expect(withoutConnectors('Em seguida, reenvie.')).toBe('Em seguida, reenvie.')
    expect(withoutConnectors('Verifique o painel. Em seguida, reenvie.')).toBe(
      'Verifique o painel. Em seguida, reenvie.',
    )
  })
})
