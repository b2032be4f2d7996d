/** A seeded generator of Portuguese-like articles from a vocabulary (no text copied from the KB). */
import { makeArticle } from '../../src/core/knowledge/testing/make-article'
import type { Article } from '../../src/core/knowledge/types'

/** mulberry32: small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FILLER = ['de', 'do', 'da', 'o', 'a', 'no', 'na', 'para', 'com', 'que', 'em', 'não']

/** `count` articles whose words are drawn (Zipf-like) from `vocabulary`. */
export function syntheticArticles(count: number, vocabulary: string[], seed = 42): Article[] {
  const random = prng(seed)
  // Zipf-like: low ranks are drawn far more often, as in real text.
  const word = () => vocabulary[Math.floor(vocabulary.length * Math.pow(random(), 2.2))]
  const sentence = (n: number) => {
    const words: string[] = []
    for (let i = 0; i < n; i++) {
      words.push(random() < 0.3 ? FILLER[Math.floor(random() * FILLER.length)] : word())
      if (random() < 0.04) words.push(String(Math.floor(random() * 999)))
    }
    return words.join(' ') + '.'
  }
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 12))).join(' ')
  const products = ['tramita', 'sei', 'protocolo-integrado', 'nup', 'modulos'] as const
  return Array.from({ length: count }, (_, i) =>
    makeArticle({
      id: `synthetic/${i}`,
      path: `Sintetico/${products[i % products.length]}/artigo_${i}.rst`,
      title: sentence(4 + Math.floor(random() * 5)).replace(/\.$/, ''),
      sections: {
        situation: paragraph(2),
        when: paragraph(1),
        solution: paragraph(4),
        reply: paragraph(5),
      },
      keywords: Array.from({ length: 4 }, () => sentence(2).replace(/\.$/, '')),
      product: products[i % products.length],
      kind: i % 7 === 0 ? 'faq' : 'script',
      responsibility: i % 3 ? 'Atendente N1' : 'Atendente N2',
      superseded: i % 50 === 0,
    }),
  )
}
