/**
 * The benchmark's query mix: plain, prefix-as-you-type, typo, pasted error messages and
 * requesters' e-mails (greeting, 40–150 words, a NUP, a signature and a confidentiality notice).
 */
import type { Article } from '../../src/core/knowledge/types'
import { prng } from './synthetic'

export type QueryKind = 'plain' | 'prefix' | 'typo' | 'pasted' | 'email'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** `count` queries drawn from the articles' own words, evenly over the four kinds. */
export function queryMix(
  articles: Article[],
  count: number,
  seed = 7,
): { kind: QueryKind; query: string }[] {
  const random = prng(seed)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const wordsOf = (a: Article) =>
    `${a.title} ${a.sections.map((s) => s.text).join(' ')}`
      .split(/[^\p{L}\p{Nd}]+/u)
      .filter(Boolean)
  const kinds: QueryKind[] = ['plain', 'prefix', 'typo', 'pasted', 'email']
  const out: { kind: QueryKind; query: string }[] = []
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]
    const words = wordsOf(pick(articles))
    if (words.length < 3) {
      i--
      continue
    }
    const start = Math.floor(random() * Math.max(1, words.length - 6))
    const phrase = words.slice(start, start + 2 + Math.floor(random() * 4))
    let query = phrase.join(' ')
    if (kind === 'prefix') {
      const last = phrase.at(-1)!
      query = [...phrase.slice(0, -1), last.slice(0, Math.max(2, Math.ceil(last.length / 2)))].join(
        ' ',
      )
    } else if (kind === 'typo') {
      query =
        phrase
          .map((w) => {
            if (w.length < 5 || random() < 0.5) return w
            const at = 1 + Math.floor(random() * (w.length - 2))
            return w.slice(0, at) + pick([...LETTERS]) + w.slice(at + 1)
          })
          .join(' ') + ' '
    } else if (kind === 'pasted') {
      const long = words.slice(start, start + 12 + Math.floor(random() * 20)).join(' ')
      query = `Erro: ${long} (código ${Math.floor(random() * 900) + 100}) em 12/03/2024 10:31 C:\\Users\\agente\\log.txt http://sistema.gov.br/x?id=${i}`
    } else if (kind === 'email') {
      const body = words.slice(start, start + 40 + Math.floor(random() * 110)).join(' ')
      const nup = `${String(i).padStart(5, '0')}.000${Math.floor(random() * 900) + 100}/2024-11`
      query = [
        'Bom dia, prezados.',
        '',
        `${body}. O processo ${nup} continua assim.`,
        '',
        'Podem nos ajudar?',
        '',
        'Atenciosamente,',
        'Fulana de Tal',
        'Divisão de Protocolo - Tribunal Regional do Trabalho',
        'Tel: (61) 2020-1234 | fulana@orgao.gov.br',
        '',
        'Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, apague-a.',
      ].join('\n')
    } else {
      query += ' '
    }
    out.push({ kind, query })
  }
  return out
}
