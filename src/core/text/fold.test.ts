import { describe, expect, it } from 'vitest'
import { textKey } from '../knowledge/ids'
import { normalizeTiers } from '../search/tiers'
import { foldAccents as fold } from './fold'
import { foldAccents, foldText, tidySpaces } from './fold'

describe('the one fold', () => {
  it('drops accents and case, keeping compatibility characters as they are', () => {
    expect(foldAccents('Configuração ÓRGÃO trâmite')).toBe('configuracao orgao tramite')
    expect(foldAccents('1º nível…')).toBe('1º nivel…')
  })

  it('collapses every kind of space for comparisons', () => {
    expect(foldText('  Solução\u202fSugerida\u00a0 ')).toBe('solucao sugerida')
    expect(tidySpaces(' Solução\u202fSugerida ')).toBe('Solução Sugerida')
  })

  it('is the fold search terms use', () => {
    expect(fold('Órgão 1º')).toBe(foldAccents('Órgão 1º'))
  })

  it('keeps the step keys recorded on tickets (pinned from the earlier NFD fold)', () => {
    expect(textKey('Acesse o 1º nível do menu…')).toBe('nbvjv7')
    expect(textKey('Verifique o certificado  ² e a 3ª via')).toBe('1mgwndk')
    expect(textKey('Clique em “Salvar”\u202f')).toBe('ulse3w')
    expect(textKey('Área µs ﬁm')).toBe('14eq2ya')
  })

  it('reads tiers written with an ordinal indicator', () => {
    expect(normalizeTiers('Atendente de 1º nível')).toEqual(['N1'])
    expect(normalizeTiers('2o nível')).toEqual(['N2'])
  })
})
