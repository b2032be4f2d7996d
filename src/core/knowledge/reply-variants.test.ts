import { describe, expect, it } from 'vitest'
import { parseRst } from '../rst'
import { splitReplyVariants } from './reply-variants'

const variants = (text: string) => splitReplyVariants(parseRst(text).children)

describe('reply variants', () => {
  it('splits a reply at its "Resposta NN" lead lines, leaving the labels out', () => {
    const out = variants(
      'Resposta 01:\n\nPrezado(a) [nome do usuário], recebemos o pedido.\n\nAtenciosamente,\n\n' +
        'Resposta 02 (após a confirmação da equipe):\n\nPrezado(a) [nome do usuário], a senha foi enviada ao chamado ________.\n\nAtenciosamente,\n',
    )
    expect(out.map((v) => v.label)).toEqual([
      'Resposta 01',
      'Resposta 02 (após a confirmação da equipe)',
    ])
    expect(out[1].text).toMatch(/^Prezado\(a\)/u)
    expect(out[1].text).not.toContain('Resposta 02')
    expect(out[0].fields.map((f) => f.kind)).toEqual(['salutation', 'requester'])
    expect(out[1].fields.map((f) => f.kind)).toEqual(['salutation', 'requester', 'ticket'])
  })

  it('splits at bold lead lines ("Modelo … para o Remetente:")', () => {
    const out = variants(
      '**Modelo para o Remetente:**\n\nPrezado(a), verifique o log.\n\n**Modelo para o Destinatário:**\n\nPrezado(a), contate o remetente.\n',
    )
    expect(out.map((v) => v.label)).toEqual([
      'Modelo para o Remetente',
      'Modelo para o Destinatário',
    ])
  })

  it('keeps a reply with one template whole, with an empty label', () => {
    const out = variants('Prezado(a),\n\nSegue a orientação:\n\n- um passo\n\nAtenciosamente,\n')
    expect(out).toHaveLength(1)
    expect(out[0].label).toBe('')
    expect(out[0].text).toContain('Segue a orientação:')
  })
})
