import { describe, expect, it } from 'vitest'
import { MAX_QUERY_CHARS, readTicketText } from './ticket-text'

const words = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{Nd}]+|[^\p{L}\p{Nd}]+$/gu, ''))
    .filter(Boolean)

describe('readTicketText', () => {
  it('keeps the problem of an e-mail and drops greeting, signature, contacts and notice', () => {
    const mail = [
      'Bom dia, prezados.',
      '',
      'O processo ficou parado no status 5 desde ontem. Processo 00000.000001/2024-11.',
      '',
      'Atenciosamente,',
      'Fulana de Tal',
      'Divisão de Protocolo - Tribunal Regional',
      'Tel: (61) 2020-1234 | fulana@orgao.gov.br',
      '',
      'Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, apague-a.',
    ].join('\n')
    const read = readTicketText(mail)
    expect(words(read.text.slice(0, read.signatureAt))).toEqual([
      'O',
      'processo',
      'ficou',
      'parado',
      'no',
      'status',
      '5',
      'desde',
      'ontem',
      'Processo',
    ])
    // The signature's name, role and organisation stay after the body, to count a little.
    expect(words(read.text.slice(read.signatureAt))).toEqual(
      'Fulana de Tal Divisão de Protocolo Tribunal Regional'.split(' '),
    )
    expect(read.nup).toBe('00000.000001/2024-11')
    expect(read.truncated).toBe(false)
  })

  it("keeps only a signature's first lines, not a tail of other text after the closing", () => {
    const tail = Array.from({ length: 8 }, (_, i) => `Linha antiga ${i} sobre certificado`)
    const mail = ['O recibo não chegou.', 'Att,', 'Ana', 'Analista', 'Protocolo', 'Ministério X']
    const read = readTicketText([...mail, ...tail].join('\n'))
    expect(words(read.text.slice(read.signatureAt))).toEqual(
      'Ana Analista Protocolo Ministério X'.split(' '),
    )
  })

  it('drops a quoted earlier message, unless the new part says almost nothing', () => {
    const reply =
      'O erro continua ao enviar o processo para o órgão.\n\nEm ter., 12 de mar. de 2024 às 10:31, Suporte <s@x.gov.br> escreveu:\n> Informe o número do chamado.'
    expect(readTicketText(reply).text).not.toMatch(/chamado|Suporte/)
    const forward =
      'Veja abaixo.\n---------- Forwarded message ---------\nDe: Fulano <f@x.gov.br>\nAssunto: erro\nO certificado digital expirou.'
    expect(readTicketText(forward).text).toMatch(/certificado digital expirou/)
    expect(readTicketText(forward).text).not.toMatch(/Fulano/)
  })

  it('blanks timestamps, hashes, paths, stack frames and long numbers; keeps codes and versions', () => {
    const log = [
      '[2024-03-12 10:31:02] ERROR status 6 erro 500 na versão 3.6.1 (NRE 0000012345678)',
      'sha1 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b in /var/www/html/sei/web/SEI.php(412)',
      '#0 /opt/sei/modulos/pen/rn/ProcessoEletronicoRN.php(12): SoapClient->__call()',
      'C:\\Users\\agente\\log.txt 12/03/2024 America/Sao_Paulo',
    ].join('\n')
    const text = readTicketText(log).text
    expect(words(text)).toEqual([
      'ERROR',
      'status',
      '6',
      'erro',
      '500',
      'na',
      'versão',
      '3.6.1',
      'NRE',
      'sha1',
      'in',
    ])
  })

  it('accepts any length and says when only the first part was read', () => {
    const read = readTicketText('certificado '.repeat(5000))
    expect(read.truncated).toBe(true)
    expect(read.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS)
  })

  it('leaves a short typed query as it is', () => {
    expect(readTicketText('processo parado status 5').text).toBe('processo parado status 5')
    expect(readTicketText('erro certif').text).toBe('erro certif')
    expect(readTicketText('prot integ sei 4.0').text).toBe('prot integ sei 4.0')
  })

  it('prefers a valid NUP and returns null when there is none', () => {
    expect(readTicketText('sem número').nup).toBeNull()
  })
})
