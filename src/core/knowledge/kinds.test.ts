import { describe, expect, it } from 'vitest'
import { isFaqPath, isSupersededPath, productOf } from './kinds'

describe('kinds', () => {
  it('finds FAQ folders in any case', () => {
    expect(isFaqPath('Tramita_GOV_BR/Perguntas_frequentes/Conceitos.rst')).toBe(true)
    expect(isFaqPath('MODULOS_SEI/SEI_Assina/Perguntas_Frequentes_FAQ/Carimbo.rst')).toBe(true)
    expect(isFaqPath('APP_SEI/Perguntas_frequentes.rst')).toBe(true)
    expect(isFaqPath('APP_SEI/Perguntas_frequentes_FAQ.txt')).toBe(true)
    expect(isFaqPath('APP_SEI/Perguntas.rst')).toBe(false)
    expect(isFaqPath('Perguntas_frequentes_antigas/Notas.rst')).toBe(false)
  })

  it('finds superados folders at any depth', () => {
    expect(isSupersededPath('superados/Tramita.GOV.BR.rst')).toBe(true)
    expect(isSupersededPath('a/Superados/b/c.rst')).toBe(true)
    expect(isSupersededPath('Scripts/superados.rst')).toBe(false)
  })

  it('derives the product from folders, then the file name', () => {
    expect(productOf('Scripts_Atendimento/Tramita_GOV_BR/x.rst')).toBe('tramita')
    expect(productOf('Scripts_Atendimento/MODULOS_SEI/x.rst')).toBe('modulos')
    expect(productOf('Scripts_Atendimento/Protocolo_Integrado/x.rst')).toBe('protocolo-integrado')
    expect(productOf('Scripts_Atendimento/Protocolo_GOV_BR/x.rst')).toBe('protocolo-gov-br')
    expect(productOf('Scripts_Atendimento/Numero_Unico_de_Protocolo_NUP/x.rst')).toBe('nup')
    expect(productOf('Scripts_Atendimento/Sistema_Eletronico_de_Informação_SEI/x.rst')).toBe('sei')
    expect(productOf('superados/Tramita.GOV.BR.rst')).toBe('tramita')
    expect(productOf('PROJETO_SIDOF/Regras.rst')).toBe('other')
  })
})
