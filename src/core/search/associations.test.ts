import { describe, expect, it } from 'vitest'
import { makeArticle } from '../knowledge/testing/make-article'
import { ASSOCIATION, associate, TermAssociations } from './associations'
import type { Word } from './query-plan'
import type { Candidate } from './scoring'
import { buildIndexes } from './testing/build-forward'

// Articles written for this test: two about certificates speak of validity in their bodies.
const ARTICLES = [
  makeArticle({
    id: 'a',
    title: 'Certificado digital expirado 2024',
    sections: { situation: 'O processo parou.', solution: 'A validade do certificado acabou.' },
  }),
  makeArticle({
    id: 'b',
    title: 'Renovar o certificado digital 2024',
    keywords: ['renovação'],
    sections: { solution: 'Confira a validade no processo antes de pedir outro.' },
  }),
  ...['Cadastro de gestor', 'Recibo de conclusão', 'Barra de progresso', 'Senha esquecida'].map(
    (title, i) => makeArticle({ id: `f${i}`, title, sections: { solution: 'Abrir o processo.' } }),
  ),
  makeArticle({ id: 'g', title: 'Status parado', sections: { solution: 'Ver o processo.' } }),
  makeArticle({ id: 'h', title: 'Módulo antigo', sections: { solution: 'Atualizar o processo.' } }),
]

describe('TermAssociations', () => {
  const { compact, forward } = buildIndexes(ARTICLES)
  const options = { maxDf: 4, minCount: 2, maxDescribing: 40, minPmi: 1, count: 3 }
  const associations = new TermAssociations(compact, forward, ARTICLES.length, options)
  const of = (term: string) => {
    const id = compact.termId(term)
    expect(id).toBeGreaterThan(-1)
    return associations.of(id).map((t) => compact.termAt(t))
  }

  it('associates a body word with the words describing the articles that hold it', () => {
    expect(of('validad').sort()).toEqual(['certific', 'digital'])
  })

  it('leaves out numbers and terms describing only one of the word’s articles', () => {
    expect(compact.termId('2024')).toBeGreaterThan(-1)
    expect(compact.termId('renov')).toBeGreaterThan(-1)
    expect(of('validad')).not.toContain('2024')
    expect(of('validad')).not.toContain('renov')
  })

  it('gives a word held by more articles than maxDf nothing', () => {
    expect(of('process')).toEqual([])
  })

  it('does not associate terms that describe articles no more often than chance', () => {
    const loose = new TermAssociations(compact, forward, ARTICLES.length, { ...options, minPmi: 3 })
    expect(loose.of(compact.termId('validad'))).toEqual([])
  })
})

describe('associate', () => {
  const { compact, forward } = buildIndexes(ARTICLES)
  const associations = new TermAssociations(compact, forward, ARTICLES.length, {
    ...ASSOCIATION.options,
    maxDf: 4,
  })
  const query = (stems: string[]): Word[] =>
    stems.map((stem, position) => ({
      term: { stem, folded: stem, position, prefix: false, start: 0, end: 0 },
      clauses: new Map([[stem, 1]]),
      weight: 1,
    }))
  const best = (cover: number) => ({ factors: { cover } }) as unknown as Candidate
  const paraphrase = ['validad', 'abrir', 'status', 'senh', 'gestor']

  it('adds associated terms to a paraphrase whose best match leaves a gap', () => {
    const words = query(paraphrase)
    expect(associate(words, best(0.2), associations, compact).validad).toContain('certific')
    expect(words[0].clauses.get('certific')).toBe(ASSOCIATION.boost)
  })

  it('leaves a well matched query, a short one and a long one alone', () => {
    const well = query(paraphrase)
    expect(associate(well, best(0.9), associations, compact)).toEqual({})
    expect(well[0].clauses.size).toBe(1)
    const short = query(paraphrase.slice(0, 3))
    expect(associate(short, best(0.2), associations, compact)).toEqual({})
    const long = query([...paraphrase, ...Array.from({ length: 10 }, (_, i) => `w${i}`)])
    expect(associate(long, best(0.2), associations, compact)).toEqual({})
  })
})
