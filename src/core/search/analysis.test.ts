import { describe, expect, it } from 'vitest'
import { analyzeWord } from './analyzer'
import { foldAccents as fold } from '../text/fold'
import { parseQuery } from './query'
import { normalizeTier, normalizeTiers } from './tiers'
import { tokenize } from './tokenize'

describe('fold', () => {
  it('lower-cases and strips accents', () => {
    expect(fold('Configuração ÓRGÃO trâmite 1º')).toBe('configuracao orgao tramite 1º')
  })
})

describe('tokenize', () => {
  it('keeps words with accents whole', () => {
    expect(tokenize('órgão, não!').map((t) => t.text)).toEqual(['órgão', 'não'])
  })

  it('keeps codes whole and also their parts', () => {
    const texts = tokenize('versão 3.6.1 do protocolo.gov.br').map((t) => t.text)
    expect(texts).toEqual([
      'versão_3.6.1',
      'versão',
      '3.6.1',
      '3',
      '6',
      '1',
      'do',
      'protocolo.gov.br',
      'protocolo',
      'gov',
      'br',
    ])
  })

  it('splits hyphenated words and paths into words', () => {
    expect(tokenize('e-mail C:\\Users').map((t) => t.text)).toEqual(['e', 'mail', 'C', 'Users'])
  })

  it('gives offsets into the source', () => {
    const [token] = tokenize('  órgão')
    expect([token.start, token.end]).toEqual([2, 7])
  })
})

describe('analyzeWord', () => {
  it('stems accented and unaccented spellings alike', () => {
    for (const [a, b] of [
      ['configuração', 'configuracoes'],
      ['informação', 'informacoes'],
      ['adesão', 'adesoes'],
      ['responsável', 'responsaveis'],
      ['órgão', 'orgaos'],
      ['tramitação', 'tramitacao'],
    ]) {
      expect(analyzeWord(a)).toBe(analyzeWord(b))
    }
  })

  it('drops stop words, accented or not', () => {
    expect(analyzeWord('não')).toBeNull()
    expect(analyzeWord('nao')).toBeNull()
    expect(analyzeWord('de')).toBeNull()
  })
})

describe('parseQuery', () => {
  it('marks only an unfinished last word as a prefix', () => {
    expect(parseQuery('erro certif').map((t) => t.prefix)).toEqual([false, true])
    expect(parseQuery('erro certif ').map((t) => t.prefix)).toEqual([false, false])
  })

  it('is empty for stop words only', () => {
    expect(parseQuery('de da do ')).toEqual([])
    expect(parseQuery('na')).toEqual([])
  })

  it('reads an English phrasal verb as the pair, not as its verb alone', () => {
    const login = analyzeWord('login')
    const folded = (q: string) => parseQuery(q).map((t) => t.folded)
    expect(folded('how do I sign in to SEI ')).toEqual(['login', 'sei'])
    expect(parseQuery('users logged on ')[1]).toMatchObject({ stem: login, start: 6, end: 12 })
    // The verb alone keeps its meaning: "sign the document" is signing.
    expect(folded('sign the document ')).toEqual(['sign', 'document'])
    expect(folded('sign up ')).toEqual(['cadastro'])
  })
})

describe('tiers', () => {
  it('normalizes the ways tiers are written', () => {
    expect(normalizeTiers('Atendente N2')).toEqual(['N2'])
    expect(normalizeTiers('Equipe de nível 1.')).toEqual(['N1'])
    expect(normalizeTiers('Equipe de 1º Nível')).toEqual(['N1'])
    expect(normalizeTiers('Nível 1. Caso não haja solução, encaminhar ao nível 2')).toEqual([
      'N1',
      'N2',
    ])
    expect(
      normalizeTiers('*(Indicar quem é responsável, se são os atendentes de 1º nível)*'),
    ).toEqual([])
    expect(normalizeTier('n3')).toBe('N3')
    expect(normalizeTier('qualquer')).toBeNull()
  })
})
