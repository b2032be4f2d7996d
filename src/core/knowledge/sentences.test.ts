import { describe, expect, it } from 'vitest'
import { clip, firstSentence, splitSentences } from './sentences'

describe('sentences', () => {
  it('splits at sentence ends but not inside numbers or domains', () => {
    expect(
      splitSentences('Use a versão 3.6.1 do SEI. Acesse gov.br/pen agora! Depois? Fim'),
    ).toEqual(['Use a versão 3.6.1 do SEI.', 'Acesse gov.br/pen agora!', 'Depois?', 'Fim'])
  })

  it('does not end a sentence at an abbreviation', () => {
    expect(
      splitSentences('Conforme o Art. 17 da IN, é vedado. O Sr. Silva confirma. Fim.'),
    ).toEqual(['Conforme o Art. 17 da IN, é vedado.', 'O Sr. Silva confirma.', 'Fim.'])
  })

  it('clips long labels at a word boundary', () => {
    const long = 'palavra '.repeat(40).trim()
    const label = firstSentence(long)
    expect(label.length).toBeLessThanOrEqual(160)
    expect(label.endsWith('…')).toBe(true)
    expect(clip('curto')).toBe('curto')
  })
})
