import { describe, expect, it } from 'vitest'
import { analyzeWord } from './analyzer'
import { CODE_TERM, ForwardIndex } from './forward-index'
import { articlePassages } from './passages'
import { bothSnippets, buildIndexes } from './testing/build-forward'
import { makeArticle } from '../knowledge/testing/make-article'

const articles = [
  makeArticle({
    title: 'Processo parado no status 6 do barramento',
    sections: {
      situation:
        'O trâmite externo ficou parado no status 6; veja https://wiki.example.gov.br/tramite.',
      solution: 'Reenviar o trâmite depois de conferir o certificado digital do órgão.',
    },
    keywords: ['status 6', 'trâmite'],
  }),
  makeArticle({
    title: 'Certificado digital em ambientes diferentes',
    sections: { when: 'Quando o mesmo certificado digital é usado em homologação e produção.' },
  }),
]

describe('ForwardIndex', () => {
  const indexes = buildIndexes(articles)
  const { compact, forward } = indexes
  /** Term masks giving word i to terms[i], and CODE_TERM to the `codes` terms. */
  const masksOf = (terms: string[], codes: string[] = []) => {
    const masks = new Int32Array(compact.termCount)
    terms.forEach((t, i) => {
      if (compact.termId(t) !== -1) masks[compact.termId(t)] |= 1 << i
    })
    for (const t of codes) masks[compact.termId(t)] |= CODE_TERM
    return masks
  }

  it('keeps the ordinals and roles the analyzed passages have, for the query words', () => {
    const terms = ['tramit', 'status_6', 'certific', 'digital']
    articles.forEach((article, ref) => {
      const expected = articlePassages(article).map((p) => ({
        role: p.role,
        hits: terms
          .flatMap((t, i) => (p.slots.get(t) ?? []).map((s) => `${i}@${p.ordinals[s]}`))
          .sort(),
      }))
      const actual = forward.rankPassages(ref, masksOf(terms)).map((p) => ({
        role: p.role,
        hits: p.ordinals
          .flatMap((ordinal, k) =>
            terms.flatMap((_, i) => (p.masks[k] & (1 << i) ? [`${i}@${ordinal}`] : [])),
          )
          .sort(),
      }))
      expect(actual).toEqual(expected)
    })
    const [title, situation] = forward.rankPassages(0, masksOf(terms, ['status_6']))
    expect(title.codeTerms).toEqual([compact.termId('status_6')])
    expect(situation.words).toBe(0b0011) // "trâmite" and "status 6"
    expect(situation.ordinals).toEqual([...situation.ordinals].sort((a, b) => a - b))
  })

  it('round-trips through its JSON form', () => {
    const back = ForwardIndex.fromData(JSON.parse(JSON.stringify(forward.toData())))
    const masks = masksOf(['certific', 'digital'])
    expect(back.rankPassages(1, masks)).toEqual(forward.rankPassages(1, masks))
    expect(back.passageLinks(0, 1)).toEqual(forward.passageLinks(0, 1))
    expect(forward.passageLinks(0, 1)).toHaveLength(1)
  })

  it('gives the snippet buildSnippet cuts from the analyzed article, marks included', () => {
    const cases = [['certific', 'digital'], ['tramit'], ['wiki', 'exampl'], ['status_6'], ['nada']]
    for (const matched of cases) {
      articles.forEach((article, ref) => {
        const { forward: fromIndex, analyzed } = bothSnippets(indexes, article, ref, matched)
        expect(fromIndex).toEqual(analyzed)
      })
    }
    const hit = bothSnippets(indexes, articles[0], 0, ['status_6']).forward
    expect(hit.marks.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['status 6'])
  })

  it('keeps exact spans where words sit far apart or are very long', () => {
    const long = 'x'.repeat(140) // lengths and gaps over 127 take two varint bytes
    const article = makeArticle({
      title: 'Spans',
      sections: { solution: `inicio ${'. '.repeat(200)}meio ${long} fim` },
    })
    const local = buildIndexes([article])
    for (const words of [['meio'], [long], ['fim'], ['fim', 'inicio']]) {
      const matched = words.map((w) => analyzeWord(w)!)
      const { forward: fromIndex, analyzed } = bothSnippets(local, article, 0, matched)
      expect(fromIndex).toEqual(analyzed)
      // The long word itself never fits a snippet window with its lead; its neighbours do.
      if (words[0] !== long) expect(fromIndex.marks.length).toBeGreaterThan(0)
    }
  })
})
