import { describe, expect, it } from 'vitest'
import { findReplyFields, placeholderTokens } from './reply-fields'

const fields = (text: string, line = 10) => findReplyFields([{ text, line }])

describe('findReplyFields', () => {
  it('finds requester, salutation, ticket and agent marks', () => {
    const found = fields(
      'Prezado(a) senhor(a) (inserir aqui nome do usuário), conforme este chamado de número ________ , seguem.\nAtenciosamente,\n(Nome do atendente)',
    )
    expect(found.map((f) => [f.id, f.kind, f.token, f.line])).toEqual([
      ['salutation', 'salutation', 'Prezado(a) senhor(a)', 10],
      ['requester', 'requester', '(inserir aqui nome do usuário)', 10],
      ['ticket', 'ticket', '________', 10],
      ['agent', 'agent', '(Nome do atendente)', 12],
    ])
    expect(found.every((f) => f.label.length > 0)).toBe(true)
  })

  it('tells protocol X runs and NUP masks from free ones', () => {
    const found = fields(
      'O processo XXXXX.XXXXXX/XXXX-XX e o protocolo XXXXXX; valor XXXX; taxa xxxxx.',
    )
    expect(found.map((f) => [f.kind, f.token])).toEqual([
      ['protocol', 'XXXXX.XXXXXX/XXXX-XX'],
      ['protocol', 'XXXXXX'],
      ['free', 'XXXX'],
      ['free', 'xxxxx'],
    ])
    expect(found.map((f) => f.id)).toEqual(['protocol', 'protocol-2', 'free-1', 'free-2'])
  })

  it('reads braces and instruction brackets, ignores ordinary parentheses', () => {
    const found = fields(
      'Processo {Informe o Protocolo Aqui} no (SEI) do [Nº do NRE] e [inserir nome do Usuário]. Senhor(a)',
    )
    expect(found.map((f) => [f.kind, f.token])).toEqual([
      ['protocol', '{Informe o Protocolo Aqui}'],
      ['free', '[Nº do NRE]'],
      ['requester', '[inserir nome do Usuário]'],
    ])
    expect(found[1].label).toBe('Nº do NRE')
  })

  it('treats a name mask after the salutation as the requester', () => {
    const found = fields('Prezado Xxxxxxx,')
    expect(found.map((f) => [f.kind, f.token])).toEqual([
      ['salutation', 'Prezado'],
      ['requester', 'Xxxxxxx'],
    ])
  })

  it('free underscores away from "chamado", duplicates once', () => {
    const found = fields('Data: ____ e ____ ; [nome do usuário] [nome do usuário]')
    expect(found.map((f) => [f.id, f.kind])).toEqual([
      ['free-1', 'free'],
      ['requester', 'requester'],
    ])
    expect(placeholderTokens(found)).toEqual(['____', '[nome do usuário]'])
  })

  it('names a free mark from the words before it, and reads {{…}} whole', () => {
    expect(fields('Informe o NRE: ________ para seguir.').map((f) => f.label)).toEqual(['NRE'])
    expect(fields('Data da publicação XXXXX no portal.').map((f) => f.label)).toEqual([
      'Data da publicação',
    ])
    const braces = fields('Olá {{nome}}, tudo bem?')
    expect(braces.map((f) => [f.token, f.label])).toEqual([['{{nome}}', 'Nome']])
    expect(fields('________').map((f) => f.label)).toEqual(['Campo a preencher 1'])
  })
})
