import { describe, expect, it } from 'vitest'
import { parseTitle } from './title'

describe('parseTitle', () => {
  it('splits date, clean title and version', () => {
    expect(parseTitle('2024.08.29-Ambientes diferentes usando o mesmo certificado-V2')).toEqual({
      title: 'Ambientes diferentes usando o mesmo certificado',
      date: '2024-08-29',
      version: 2,
      impossibleDate: null,
    })
  })

  it('accepts - and / as date separators and several version spellings', () => {
    expect(parseTitle('2023-05-08 Barra travando -v1')).toMatchObject({
      title: 'Barra travando',
      date: '2023-05-08',
      version: 1,
    })
    expect(parseTitle('2023/5/8 – Barra travando V3')).toMatchObject({
      title: 'Barra travando',
      date: '2023-05-08',
      version: 3,
    })
    expect(parseTitle('2025.03.06-Chamado do TRT – Tramita GOV.BR -V2')).toMatchObject({
      title: 'Chamado do TRT – Tramita GOV.BR',
      version: 2,
    })
  })

  it('reports an impossible date and keeps the title clean', () => {
    const parsed = parseTitle('2023.00.18-Transação não autorizada-V1')
    expect(parsed).toMatchObject({
      title: 'Transação não autorizada',
      date: null,
      version: 1,
      impossibleDate: '2023.00.18',
    })
    expect(parseTitle('2023.02.30-X').impossibleDate).toBe('2023.02.30')
    expect(parseTitle('2024.02.29-Ano bissexto').date).toBe('2024-02-29')
  })

  it('leaves titles without date or version alone', () => {
    expect(parseTitle('Tramita.GOV.BR')).toEqual({
      title: 'Tramita.GOV.BR',
      date: null,
      version: null,
      impossibleDate: null,
    })
    expect(parseTitle('Perfil do SEI na versão 3.6.1')).toMatchObject({
      title: 'Perfil do SEI na versão 3.6.1',
      version: null,
    })
    expect(parseTitle('2025.05.23-ADESAO')).toMatchObject({
      title: 'ADESAO',
      date: '2025-05-23',
      version: null,
    })
  })

  it('trims trailing NBSP and NNBSP', () => {
    expect(parseTitle('2024.01.02-Título\u202f\u00a0').title).toBe('Título')
  })
})
