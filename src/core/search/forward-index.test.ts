import { describe, expect, it } from 'vitest'
import { lunr, roteiroAnalyzer, type IndexInternals } from './analyzer'
import { CompactIndex } from './compact-index'
import { articleFields, FIELD_BOOSTS, SEARCH_FIELDS } from './documents'
import { ForwardIndex } from './forward-index'
import { articlePassages } from './passages'
import { buildSnippet, rolePriority } from './snippet'
import { makeArticle } from './testing/make-article'

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

function build() {
  const index = lunr(function () {
    this.use(roteiroAnalyzer)
    this.ref('ref')
    for (const field of SEARCH_FIELDS) this.field(field, { boost: FIELD_BOOSTS[field] })
    articles.forEach((a, ref) => this.add({ ref: String(ref), ...articleFields(a) }))
  })
  const compact = CompactIndex.fromLunr(index as unknown as IndexInternals)
  return { compact, forward: ForwardIndex.build(articles, compact) }
}

describe('ForwardIndex', () => {
  const { compact, forward } = build()
  const wantedOf = (terms: string[]) =>
    new Map(terms.map((t) => [compact.termId(t), t] as [number, string]).filter(([id]) => id >= 0))

  it('keeps the ordinals and roles the analyzed passages have, for the wanted terms', () => {
    const terms = ['tramit', 'status_6', 'certific', 'digital']
    articles.forEach((article, ref) => {
      const expected = articlePassages(article).map((p) => ({
        role: p.role,
        hits: terms
          .flatMap((t) => (p.slots.get(t) ?? []).map((s) => `${t}@${p.ordinals[s]}`))
          .sort(),
      }))
      const actual = forward.rankPassages(ref, wantedOf(terms)).map((p) => ({
        role: p.role,
        hits: [...p.slots]
          .flatMap(([t, slots]) => slots.map((s) => `${t}@${p.ordinals[s]}`))
          .sort(),
      }))
      expect(actual).toEqual(expected)
    })
    expect(forward.rankPassages(0, wantedOf(terms))[0].slots.get('status_6')).toHaveLength(1)
  })

  it('round-trips through its JSON form', () => {
    const back = ForwardIndex.fromData(JSON.parse(JSON.stringify(forward.toData())))
    const wanted = wantedOf(['certific', 'digital'])
    expect(back.rankPassages(1, wanted)).toEqual(forward.rankPassages(1, wanted))
  })

  it('picks the snippet passage buildSnippet picks from the whole article', () => {
    for (const matched of [['certific', 'digital'], ['tramit'], ['wiki', 'exampl'], ['nada']]) {
      const ids = new Set(matched.map((t) => compact.termId(t)).filter((id) => id >= 0))
      articles.forEach((article, ref) => {
        const passages = articlePassages(article)
        const whole = buildSnippet(article.title, passages, new Set(matched))
        const p = forward.snippetPassage(ref, ids, rolePriority)
        const one = buildSnippet(article.title, p === -1 ? [] : [passages[p]], new Set(matched))
        expect(one).toEqual(whole)
      })
    }
  })
})
