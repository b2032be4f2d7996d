import { describe, expect, it } from 'vitest'
import { parseRst } from '../../rst'
import { readArticles } from '../read-articles'

const FILE = { root: 0, rootName: 'kb', path: 'Scripts/Tramita/Erro.rst' }

/** The derived steps of a script whose solution is `solution`. */
function stepsOf(
  solution: string,
  responsibility = 'Atendente N1',
  reply = 'Respostas em Construção.',
) {
  const sections: [string, string][] = [
    ['Situação', 'O trâmite é recusado.'],
    ['Solução Sugerida', solution],
    ['Modelo de Resposta para Chamados', reply],
    ['Atribuições e responsabilidades', responsibility],
  ]
  const body = sections.map(([h, t]) => `${h}\n${'~'.repeat(h.length + 2)}\n\n${t}\n`).join('\n')
  const text = `Erro de ordem\n${'='.repeat(15)}\n\n${body}`
  return readArticles(parseRst(text), FILE).articles[0].steps
}

describe('deriveChecklist', () => {
  it('joins a part cut at ", seguido da" back as the article wrote it when it is no step', () => {
    const sentence =
      'Orientar a verificar o log do script de monitoramento, seguido da execução do script de verificação.'
    expect(stepsOf(sentence)[0].text).toBe(sentence)
  })

  it('keeps the code of an explaining sentence with the step it explains', () => {
    const [step] = stepsOf(
      'Pedir para rodar o SQL abaixo no banco do órgão. A coluna ORDEM traz a ordem do componente.\n\n' +
        '::\n\n  SELECT ordem FROM sei.md_pen_componente_digital\n',
    )
    expect(step.text).toMatch(/^Pedir para rodar o SQL abaixo no banco do órgão\. A coluna ORDEM/u)
    expect(step.detail).toContain('SELECT ordem FROM sei.md_pen_componente_digital')
  })

  it('makes the purpose over a code block ("Para corrigir rodamos o sql:") the step the code does', () => {
    const steps = stepsOf(
      'Verificar a coluna ordem_documento do processo.\n\n' +
        'Para corrigir rodamos o sql:\n\n::\n\n  update sei.md_pen_componente_digital set ordem=1\n',
    )
    expect(steps.map((s) => s.text)).toEqual([
      'Verificar a coluna ordem_documento do processo.',
      'Para corrigir rodamos o sql:',
    ])
    expect(steps[1].detail).toContain('update sei.md_pen_componente_digital set ordem=1')
  })

  it('takes the escalation of the responsibility section, not the template guidance left there', () => {
    const solution = 'Verificar a coluna ordem_documento do processo.'
    const steps = stepsOf(solution, 'Nível 1, caso tenha mais dúvidas subir para o nível 2.')
    expect(steps.at(-1)).toMatchObject({
      kind: 'escalate',
      text: expect.stringMatching(/nível 2/u),
    })
    const guidance =
      '*(Indicar quem é responsável pelo atendimento da demanda, se são os atendentes de 1º nível ' +
      'ou se o chamado deve ser encaminhado para outras instâncias)*'
    expect(stepsOf(solution, guidance).map((s) => s.text)).toEqual([solution])
  })

  it('drops a reply sentence that says what the solution steps of its branch say together', () => {
    const solution =
      'Desabilitar o agendamento do módulo.\n\nVerificar o log do script de monitoramento no servidor do órgão.'
    const reply =
      'Prezado(a),\n\nPedimos que desabilite o agendamento e verifique o log do script de monitoramento.\n\nAtenciosamente,'
    expect(stepsOf(solution, 'Atendente N1', reply).map((s) => s.kind)).toEqual([
      'act',
      'diagnose',
      'reply',
    ])
    const own =
      'Prezado(a),\n\nPedimos que reinicie o servidor de aplicação do SEI.\n\nAtenciosamente,'
    expect(stepsOf(solution, 'Atendente N1', own).map((s) => s.text)).toContain(
      'Pedimos que reinicie o servidor de aplicação do SEI.',
    )
  })

  it('leaves out the reply asking the requester to confirm its receipt: sending it is the step', () => {
    const reply =
      'Prezado(a),\n\nSolicitamos que verifique sua caixa de entrada e confirme, através deste chamado, ' +
      'o recebimento do e-mail.\n\nAtenciosamente,'
    const steps = stepsOf('Encaminhar o chamado ao N3.', 'Atendente N1', reply)
    expect(steps.map((s) => s.kind)).toEqual(['escalate', 'reply'])
  })
})
