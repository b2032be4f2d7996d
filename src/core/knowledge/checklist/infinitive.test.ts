import { describe, expect, it } from 'vitest'
import { addVerbs, infinitiveLabel, infinitiveOf, labelsInInfinitive } from './infinitive'
import type { ChecklistStep } from '../types'

const vocabulary = new Map<string, number>()
addVerbs(
  vocabulary,
  'Verificar, desabilitar, solicitar e começar. Abrir o arquivo, preencher o campo, inserir o ' +
    'código, incluir o log e conferir. Gerar, desbloquear, enviar; resolver ou desenvolver; manter. ' +
    'Ligar, interligar, julgar, orientar e aplicar.',
)

describe('infinitiveOf', () => {
  it('reads the first conjugation from the imperative, spelling included', () => {
    expect(infinitiveOf('verifique', vocabulary)).toBe('verificar')
    expect(infinitiveOf('Desabilite', vocabulary)).toBe('desabilitar')
    expect(infinitiveOf('comece', vocabulary)).toBe('começar')
  })

  it('takes the second or third conjugation that the knowledge base writes', () => {
    expect(infinitiveOf('abra', vocabulary)).toBe('abrir')
    expect(infinitiveOf('preencha', vocabulary)).toBe('preencher')
    expect(infinitiveOf('insira', vocabulary)).toBe('inserir')
    expect(infinitiveOf('inclua', vocabulary)).toBe('incluir')
    expect(infinitiveOf('confira', vocabulary)).toBe('conferir')
    expect(infinitiveOf('mantenha', vocabulary)).toBe('manter')
  })

  it('knows a short list of irregular verbs and leaves unknown ones alone', () => {
    expect(infinitiveOf('faça', vocabulary)).toBe('fazer')
    expect(infinitiveOf('traga', vocabulary)).toBe('trazer')
    // "permite" would be "permitar": the knowledge base never writes it.
    expect(infinitiveOf('permite', vocabulary)).toBeNull()
    expect(infinitiveOf('verificar', vocabulary)).toBeNull()
  })

  it('reads a participle, by analogy with verbs of the same ending when it is not written', () => {
    expect(infinitiveOf('gerado', vocabulary, true)).toBe('gerar')
    expect(infinitiveOf('devolvido', vocabulary, true)).toBe('devolver')
    // "desligue" like "ligar"; "permite" could be "permitar" or "permitir": it stays.
    expect(infinitiveOf('desligue', vocabulary)).toBe('desligar')
    expect(infinitiveOf('remete', vocabulary)).toBeNull()
  })
})

describe('infinitiveLabel', () => {
  it('puts the opening imperative in the infinitive and keeps the rest as written', () => {
    expect(infinitiveLabel('Verifique se o agendamento está ativo.', vocabulary)).toBe(
      'Verificar se o agendamento está ativo.',
    )
    expect(infinitiveLabel('SOLICITE AO USUÁRIO OS DADOS', vocabulary)).toBe(
      'SOLICITAR AO USUÁRIO OS DADOS',
    )
  })

  it('turns a passive subjunctive into the infinitive before its object', () => {
    expect(
      infinitiveLabel('O processo seja devolvido para a origem, por meio deste.', vocabulary),
    ).toBe('Devolver o processo para a origem, por meio deste.')
    expect(infinitiveLabel('Seja gerado um novo certificado', vocabulary)).toBe(
      'Gerar um novo certificado',
    )
    expect(infinitiveLabel('O processo seja de responsabilidade do órgão.', vocabulary)).toBe(
      'O processo seja de responsabilidade do órgão.',
    )
    expect(infinitiveLabel('Seja feito um backup da base.', vocabulary)).toBe(
      'Fazer um backup da base.',
    )
    expect(infinitiveLabel('Deve ser aplicado o filtro na coluna.', vocabulary)).toBe(
      'Aplicar o filtro na coluna.',
    )
  })

  it("converts the action's verb after the condition a label opens with", () => {
    expect(
      infinitiveLabel('Caso o usuário informe que não localizou, verifique o log.', vocabulary),
    ).toBe('Caso o usuário informe que não localizou, verificar o log.')
  })

  it('reads a directive in the first person as the action it asks for', () => {
    expect(infinitiveLabel('Orientamos que entre em contato com o gestor.', vocabulary)).toBe(
      'Orientar que entre em contato com o gestor.',
    )
    expect(infinitiveLabel('Solicito ao órgão encaminhar um plano.', vocabulary)).toBe(
      'Solicitar ao órgão encaminhar um plano.',
    )
  })

  it('leaves what does not open with an imperative alone', () => {
    expect(infinitiveLabel('Entre as novidades, o aplicativo mudou.', vocabulary)).toBe(
      'Entre as novidades, o aplicativo mudou.',
    )
    expect(infinitiveLabel('Este processo está parado.', vocabulary)).toBe(
      'Este processo está parado.',
    )
    expect(infinitiveLabel('O atendente deve solicitar os dados.', vocabulary)).toBe(
      'O atendente deve solicitar os dados.',
    )
  })

  it("changes derived labels only: a maintainer's checklist stays as written", () => {
    const step = (source: ChecklistStep['source']): ChecklistStep => ({
      key: 'k',
      index: 1,
      label: 'Verifique o log.',
      text: 'Verifique o log.',
      detail: '',
      kind: 'diagnose',
      condition: null,
      links: [],
      source,
      line: 1,
    })
    const [derived, written] = labelsInInfinitive([step('article'), step('maintainer')], vocabulary)
    expect(derived.label).toBe('Verificar o log.')
    expect(derived.text).toBe('Verifique o log.')
    expect(written.label).toBe('Verifique o log.')
  })
})
