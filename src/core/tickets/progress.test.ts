import { describe, expect, it } from 'vitest'
import { makeArticle, step } from './__fixtures__/articles'
import { createTicket, setStep } from './model'
import { checklistView } from './checklist'
import { articleProgress } from './progress'

const now = () => new Date('2026-12-01T10:00:00Z')

describe('progress with branches', () => {
  const article = makeArticle({
    steps: [
      step(0, 'Identificar o ambiente.'),
      step(1, 'Devolver o processo.'),
      { ...step(2, 'Gerar um novo certificado.'), condition: 'Para as exceções' },
      { ...step(3, 'Reenviar o processo.'), condition: 'Para as exceções' },
      { ...step(4, 'Caso o usuário peça a API, informar o endereço.'), kind: 'branch' },
      { ...step(5, 'Enviar a resposta.'), kind: 'reply' },
    ],
  })
  const mark = (keys: string[]) =>
    keys.reduce(
      (t, key) => setStep(t, article, { stepKey: key, done: true }, now),
      createTicket({ number: 'B-1' }, now),
    )

  it('leaves untaken branches out of the total, so the main path reads 100 %', () => {
    const p = articleProgress(mark(['passo-1', 'passo-2', 'passo-6']), article.id, article)
    expect(p).toMatchObject({ done: 3, total: 3 })
  })

  it('counts a whole branch once one of its steps is done', () => {
    const p = articleProgress(mark(['passo-1', 'passo-3']), article.id, article)
    expect(p).toMatchObject({ done: 2, total: 5 })
    const single = articleProgress(mark(['passo-5']), article.id, article)
    expect(single).toMatchObject({ done: 1, total: 4 })
  })

  it('tells the checklist how many listed steps wait for their case to be taken', () => {
    expect(checklistView(mark(['passo-1']), article).uncounted).toBe(3)
    expect(checklistView(mark(['passo-3']), article).uncounted).toBe(1)
    expect(checklistView(mark(['passo-3', 'passo-5']), article).uncounted).toBe(0)
  })
})
