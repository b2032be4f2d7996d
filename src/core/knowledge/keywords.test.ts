import { describe, expect, it } from 'vitest'
import { splitKeywords } from './keywords'

describe('splitKeywords', () => {
  it('splits on | ; , and drops trailing punctuation and empties', () => {
    expect(splitKeywords('Certificado digital | status 6 | Processo não recebido |  ')).toEqual([
      'Certificado digital',
      'status 6',
      'Processo não recebido',
    ])
    expect(
      splitKeywords('Protocolo Integrado, falhas no envio; erro no envio, envio de metadados.'),
    ).toEqual(['Protocolo Integrado', 'falhas no envio', 'erro no envio', 'envio de metadados'])
  })

  it('drops duplicates (case-insensitive) and NNBSP padding', () => {
    expect(splitKeywords('NUP\u202f| nup | ||')).toEqual(['NUP'])
    expect(splitKeywords('')).toEqual([])
  })

  it('splits on a spaced slash but not inside a word', () => {
    expect(splitKeywords('Número de protocolo / inconsistência / Adesão/Dúvida')).toEqual([
      'Número de protocolo',
      'inconsistência',
      'Adesão/Dúvida',
    ])
  })
})
