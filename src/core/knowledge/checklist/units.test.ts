import { describe, expect, it } from 'vitest'
import { parseRst } from '../../rst'
import { readUnits } from './units'

const units = (rst: string) => readUnits(parseRst(rst).children)

describe('readUnits', () => {
  it('writes the bold titles under a lead that asks for data into its text as fields', () => {
    const [lead, ...rest] = units(
      'O atendente irá solicitar ao usuário as informações, tais como:\n\n' +
        '**Relato de erro:**\n\nUma descrição do erro.\n\n**Capturas de Tela**\n\nSe possível, adicione capturas.\n',
    )
    expect(lead.text).toBe(
      'O atendente irá solicitar ao usuário as informações, tais como: Relato de erro; Capturas de Tela',
    )
    expect(lead.detail).toEqual(['- Relato de erro', '- Capturas de Tela'])
    expect(rest.map((u) => u.text)).toContain('Se possível, adicione capturas.')
  })

  it('gives the links of a sentence that only points to them to the step before, not a step of their own', () => {
    const read = units(
      'Confira o cadastro do órgão no portal. Veja a `página de ajuda <https://example.org/a>`_.\n\n' +
        'Acesse o `portal <https://example.org/p>`_ e gere o relatório.\n',
    )
    expect(read.map((u) => u.text)).toEqual([
      'Confira o cadastro do órgão no portal.',
      'Acesse o portal e gere o relatório.',
    ])
    expect(read[0].links).toEqual([{ label: 'página de ajuda', url: 'https://example.org/a' }])
  })

  it('lets the items of a list complete a short lead', () => {
    const rst =
      'Verificar se:\n\n1) Houve um erro devido a SPE desvinculado ao receber o processo;\n\n' +
      '2) Algum ambiente com o certificado de produção capturou o recibo antes.\n'
    expect(units(rst).map((u) => u.text)).toEqual([
      'Verificar se houve um erro devido a SPE desvinculado ao receber o processo;',
      'Verificar se algum ambiente com o certificado de produção capturou o recibo antes.',
    ])
  })

  it('reads a nested branch of a few short actions as one step under its condition', () => {
    const [step] = units(
      '- Caso utilize o Gearman:\n\n  - Desligue o serviço;\n  - Mate todos os workers.\n',
    )
    expect(step).toMatchObject({
      text: 'Desligue o serviço; Mate todos os workers.',
      condition: 'Caso utilize o Gearman',
    })
  })

  it('keeps the list after "Exemplo:" as detail', () => {
    const got = units(
      "Informe os passos do erro.\n\nExemplo:\n\n1. Vá para '...'\n2. Veja o erro\n",
    )
    expect(got.map((u) => u.text)).toEqual(['Informe os passos do erro.'])
    expect(got[0].detail.join('\n')).toContain('Veja o erro')
  })

  it('takes a command line pasted as a paragraph as the detail of the step before', () => {
    const got = units(
      'Para ajustar esses casos devemos instalar uma versão do componente.\n\n' +
        'pecl install uploadprogress-1.0.3.1\n',
    )
    expect(got.map((u) => u.text)).toEqual([
      'Para ajustar esses casos devemos instalar uma versão do componente.',
    ])
    expect(got[0].detail).toEqual(['pecl install uploadprogress-1.0.3.1'])
  })

  it('cuts the other path of a check ("…, caso contrário instale …") as a branch of its own', () => {
    const got = units(
      "Verificar se o pacote 'files' está instalado no servidor, caso contrario instale com apt install file\n",
    )
    expect(got.map((u) => u.text)).toEqual([
      "Verificar se o pacote 'files' está instalado no servidor",
      'Caso contrario, instale com apt install file',
    ])
  })

  it('reads a numbered list written as the lines of one paragraph as its items', () => {
    const got = units(
      'Segue a correção.\n\n1- Escolher um horário fora do uso regular\n' +
        '2- Efetuar um back-up da base de dados\n3- Rodar os seguintes scripts:\n\n' +
        '::\n\n  update anexo set tamanho=1 where id_anexo=2;\n',
    )
    expect(got.map((u) => u.text)).toEqual([
      'Segue a correção.',
      'Escolher um horário fora do uso regular',
      'Efetuar um back-up da base de dados',
      'Rodar os seguintes scripts:',
    ])
    expect(got[3].detail).toEqual(['update anexo set tamanho=1 where id_anexo=2;'])
  })

  it('reads a line written right under a list item, without its indent, as the next item', () => {
    const got = units(
      '* Verifique o log do script de monitoramento;\nDesabilite o agendamento do módulo;\n\n' +
        'O módulo volta a processar as tarefas.\n',
    )
    expect(got.map((u) => [u.origin, u.text])).toEqual([
      ['item', 'Verifique o log do script de monitoramento;'],
      ['item', 'Desabilite o agendamento do módulo;'],
      ['paragraph', 'O módulo volta a processar as tarefas.'],
    ])
  })
})
