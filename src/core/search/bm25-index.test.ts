import { describe, expect, it } from 'vitest'
import { buildBm25Index, fieldTerms } from './bm25-index'

const docs = {
  fields: ['title', 'body'] as const,
  boosts: { title: 4, body: 1 },
  documents: [
    { title: 'Certificado digital', body: 'O certificado expirou e o certificado novo falhou.' },
    { title: 'Processo parado', body: 'O processo ficou parado no status 5.' },
    { title: 'Recibo', body: 'Recibo de envio do processo.' },
  ],
}

describe('buildBm25Index', () => {
  const index = buildBm25Index(docs)

  it('indexes the analyzer’s terms of every field, stop words left out', () => {
    expect(fieldTerms('O certificado expirou')).toEqual(['certific', 'expir'])
    expect(index.has('certific')).toBe(true)
    expect(index.has('o')).toBe(false)
  })

  it('weights a term by BM25 with the field boost (Lunr 2.3 constants and idf)', () => {
    const postings = index.postings('recib')!
    expect([...postings.refs]).toEqual([2, 2])
    // Three documents; "recib" in two field postings: idf = ln(1 + (3 - 2 + .5) / (2 + .5)).
    const idf = Math.log(1 + 1.5 / 2.5)
    const titleAverage = (2 + 2 + 1) / 3
    const title = ((idf * 2.2) / (1.2 * (0.25 + 0.75 * (1 / titleAverage)) + 1)) * 4
    expect(postings.weights[0]).toBeCloseTo(Math.round(title * 1000) / 1000, 5)
  })

  it('gives a term repeated in a field more weight than a single mention', () => {
    const repeated = buildBm25Index({
      fields: ['body'] as const,
      boosts: { body: 1 },
      documents: [
        { body: 'prazo prazo recibo' },
        { body: 'prazo envio recibo' },
        { body: 'outro' },
      ],
    })
    const { refs, weights } = repeated.postings('praz')!
    expect([...refs]).toEqual([0, 1])
    expect(weights[0]).toBeGreaterThan(weights[1])
  })
})
