import { describe, expect, it } from 'vitest'
import { makeArticle, namedReply, stubReply } from './__fixtures__/articles'
import { createTicket, setStep } from './model'
import { fillReply, MISSING_NOTICE, STUB_NOTICE } from './reply'

const settings = {
  agentName: 'João Atendente',
  signature: 'Central de Serviços\nRamal 1234',
  greeting: 'Prezado(a)',
  closing: 'Atenciosamente,',
}
const now = () => new Date('2026-11-26T13:32:00.000Z')
const article = makeArticle()
const ticket = createTicket({ number: '3201224', requester: 'Maria Silva' }, now)

describe('fillReply', () => {
  it('puts the name after a salutation that has no name mark, and fills ticket and agent', () => {
    const view = fillReply({ article, ticket, settings })
    expect(view.notice).toBeNull()
    expect(view.text).toMatch(/^Prezado\(a\) Maria Silva,\n/)
    expect(view.text).toContain(
      'Sobre o chamado de número 3201224, o processo {Informe o Protocolo Aqui}',
    )
    expect(view.text).toContain('Atenciosamente,\n\nJoão Atendente')
    expect(view.text.endsWith('Central de Serviços\nRamal 1234')).toBe(true)
    const byId = Object.fromEntries(view.fields.map((f) => [f.id, f]))
    expect(byId.salutation).toMatchObject({ value: 'Prezado(a) Maria Silva', source: 'ticket' })
    expect(byId.ticket).toMatchObject({ value: '3201224', source: 'ticket' })
    expect(byId.agent).toMatchObject({ value: 'João Atendente', source: 'settings' })
    expect(byId.protocol).toMatchObject({ value: '', source: 'empty', valid: null })
  })

  it('keeps links in the HTML and escapes everything', () => {
    const evil = createTicket({ number: '1', requester: '<script>alert(1)</script>' }, now)
    const view = fillReply({
      article,
      ticket: evil,
      settings: { ...settings, signature: '<b>x</b>' },
    })
    expect(view.html).toContain('href="https://example.gov.br/faq?a=1&amp;b=2"')
    expect(view.html).toContain('FAQ &lt;oficial&gt;')
    expect(view.html).not.toMatch(/<script|<b>/)
    expect(view.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('lets typed values override and checks protocol numbers as NUPs', () => {
    const good = fillReply({
      article,
      ticket,
      settings,
      values: { protocol: '95190.000148/2021-01', ticket: 'X-9' },
    })
    expect(good.text).toContain('chamado de número X-9, o processo 95190.000148/2021-01 foi')
    expect(good.fields.find((f) => f.id === 'protocol')).toMatchObject({
      valid: true,
      message: null,
      source: 'agent',
    })
    const bad = fillReply({
      article,
      ticket,
      settings,
      values: { protocol: '95190.000148/2021-02' },
    })
    expect(bad.fields.find((f) => f.id === 'protocol')).toMatchObject({
      valid: false,
      message: expect.stringMatching(/verificadores/),
    })
  })

  it('fills a requester mark and leaves the salutation alone when the template names the user', () => {
    const view = fillReply({ article: makeArticle({ reply: namedReply() }), ticket, settings })
    expect(view.text).toMatch(/^Prezado\(a\) Maria Silva,/)
    expect(view.text).not.toContain('Maria Silva Maria Silva')
  })

  it('leaves marks in place without a ticket, and offers the steps done', () => {
    const bare = fillReply({ article, settings: { ...settings, signature: '' } })
    expect(bare.text).toMatch(/^Prezado\(a\),/)
    expect(bare.text).toContain('número ________')
    let t = setStep(ticket, article, { stepKey: 'passo-2', done: true }, now)
    t = setStep(
      t,
      article,
      { stepKey: 'passo-1', done: true },
      () => new Date('2026-11-26T13:40:00Z'),
    )
    const view = fillReply({ article, ticket: t, settings, timeZone: 'America/Sao_Paulo' })
    expect(view.fields.find((f) => f.id === 'steps-done')?.value).toBe(
      '- Confirmar o status do trâmite (26/11/2026 10:40)\n- Identificar o ambiente que recebeu (26/11/2026 10:32)',
    )
  })

  it('places the steps done before the closing only when the agent asks for them', () => {
    const t = setStep(ticket, article, { stepKey: 'passo-1', done: true }, now)
    const without = fillReply({ article, ticket: t, settings })
    expect(without.text).not.toContain('Passos realizados')
    const list = '- Confirmar o status do trâmite (26/11/2026 10:32)'
    const view = fillReply({ article, ticket: t, settings, values: { 'steps-done': list } })
    const at = view.text.indexOf('Passos realizados:')
    expect(at).toBeGreaterThan(0)
    expect(view.text.indexOf(list)).toBeGreaterThan(at)
    expect(view.text.indexOf('Atenciosamente,')).toBeGreaterThan(view.text.indexOf(list))
    expect(view.html).toContain('Passos realizados:')
  })

  it('writes the name once when the signature already holds it', () => {
    const view = fillReply({
      article,
      ticket,
      settings: { ...settings, signature: 'João Atendente\nCentral de Serviços' },
    })
    expect(view.text.match(/João Atendente/g)).toHaveLength(1)
    expect(view.text).toMatch(/Atenciosamente,\n\nJoão Atendente\nCentral de Serviços$/)
    const stub = fillReply({
      article: makeArticle({ reply: stubReply() }),
      ticket,
      settings: { ...settings, signature: 'João Atendente\nCentral de Serviços' },
    })
    expect(stub.text.match(/João Atendente/g)).toHaveLength(1)
  })

  it('does not append a signature that is already there', () => {
    const view = fillReply({
      article,
      ticket,
      settings: { ...settings, signature: 'João Atendente' },
    })
    expect(view.text.match(/João Atendente/g)).toHaveLength(1)
  })

  it('never offers a stub: greeting, name, closing and agent instead, with a notice', () => {
    const view = fillReply({ article: makeArticle({ reply: stubReply() }), ticket, settings })
    expect(view.status).toBe('placeholder')
    expect(view.notice).toBe(STUB_NOTICE)
    expect(view.text).toBe(
      'Prezado(a) Maria Silva,\n\nAtenciosamente,\nJoão Atendente\n\nCentral de Serviços\nRamal 1234',
    )
    expect(view.text).not.toMatch(/constru/i)
    const missing = fillReply({
      article: makeArticle({ reply: { ...stubReply(), status: 'missing', blocks: [] } }),
      settings: { ...settings, greeting: 'Olá,', agentName: '', signature: '' },
    })
    expect(missing.notice).toBe(MISSING_NOTICE)
    expect(missing.text).toBe('Olá,\n\nAtenciosamente,')
  })
})
