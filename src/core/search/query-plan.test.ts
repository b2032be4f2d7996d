import { describe, expect, it } from 'vitest'
import { emphasizeQuestions, type Word } from './query-plan'

const word = (stem: string, start: number): Word => ({
  term: { stem, folded: stem, position: start, prefix: false, start, end: start + stem.length },
  clauses: new Map([[stem, 1]]),
  weight: 2,
})

describe('emphasizeQuestions', () => {
  it('weighs the words of the sentences that ask something', () => {
    const text = 'O envio parou ontem. Como faço para liberar o processo?'
    const words = [word('envio', 2), word('liber', text.indexOf('liberar'))]
    emphasizeQuestions(words, text, 1.5)
    expect(words.map((w) => w.weight)).toEqual([2, 3])
    expect(words[1].clauses.get('liber')).toBe(1.5)
    expect(words[0].clauses.get('envio')).toBe(1)
  })

  it('leaves a message without a question as it is', () => {
    const words = [word('envio', 2)]
    emphasizeQuestions(words, 'O envio parou.', 1.5)
    expect(words[0].weight).toBe(2)
  })
})
