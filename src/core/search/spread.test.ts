import { describe, expect, it } from 'vitest'
import { makeArticle } from '../knowledge/testing/make-article'
import { createSearchIndex } from './search-index'
import { spreadFiles } from './spread'

const file = (id: string) => id.split('#')[0]

describe('spreadFiles', () => {
  it('keeps one hit per file among the first places and the others right after them', () => {
    const ranked = ['faq#a', 'faq#b', 'x', 'faq#c', 'y', 'z']
    expect(spreadFiles(ranked, file, 3, 1)).toEqual(['faq#a', 'x', 'y', 'faq#b', 'faq#c', 'z'])
    expect(spreadFiles(ranked, file, 3, 2)).toEqual(['faq#a', 'faq#b', 'x', 'faq#c', 'y', 'z'])
  })

  it('leaves a list of one file as it is', () => {
    expect(spreadFiles(['f#a', 'f#b', 'f#c'], file, 5, 1)).toEqual(['f#a', 'f#b', 'f#c'])
  })
})

describe('search: one FAQ page does not fill the first places', () => {
  const question = (anchor: string, title: string) =>
    makeArticle({
      id: `faq.rst#${anchor}`,
      path: 'faq.rst',
      kind: 'faq',
      title,
      sections: { situation: `${title}: o recibo do trâmite.` },
    })
  const index = createSearchIndex([
    question('a', 'Recibo do trâmite não chega'),
    question('b', 'Recibo do trâmite atrasado'),
    makeArticle({
      id: 'script',
      path: 'script.rst',
      title: 'Recibo de envio',
      sections: { situation: 'O recibo não aparece.' },
    }),
  ])

  it("puts another file's hit before the page's second question", () => {
    const hits = index.search('recibo do trâmite').results.map((r) => r.id)
    expect(hits).toEqual(['faq.rst#a', 'script', 'faq.rst#b'])
  })
})
