import { describe, expect, it } from 'vitest'
import { parseRst } from '../../rst'
import { readArticles } from '../read-articles'

const ARTICLE = `Certificado em dois ambientes
=============================

Situação
~~~~~~~~

O processo chega ao ambiente errado.

Solução Sugerida
~~~~~~~~~~~~~~~~

Confirmar o status do trâmite no painel. Desabilitar os agendamentos do ambiente que recebeu o
processo. Se não for possível identificar o ambiente, gerar um novo certificado e reenviar o processo.

Checklist
~~~~~~~~~

- [verificar] Confirmar o status do trâmite no painel.
- Desabilitar os agendamentos do ambiente.
- Se não for possível identificar o ambiente:

  - Gerar um novo certificado.
  - Reenviar o processo.
- [escalar] Passar o chamado ao suporte de redes da autarquia.
`

describe('a checklist written by a maintainer', () => {
  const { articles, problems } = readArticles(parseRst(ARTICLE), {
    root: 0,
    rootName: 'kb',
    path: 'S/Certificado.rst',
  })
  const [article] = articles

  it('overrides the derived one, with kinds and branches as written', () => {
    expect(article.steps.map((s) => [s.kind, s.condition, s.label, s.source])).toEqual([
      ['diagnose', null, 'Confirmar o status do trâmite no painel.', 'maintainer'],
      ['act', null, 'Desabilitar os agendamentos do ambiente.', 'maintainer'],
      [
        'act',
        'Se não for possível identificar o ambiente',
        'Gerar um novo certificado.',
        'maintainer',
      ],
      ['act', 'Se não for possível identificar o ambiente', 'Reenviar o processo.', 'maintainer'],
      ['escalate', null, 'Passar o chamado ao suporte de redes da autarquia.', 'maintainer'],
    ])
  })

  it('is linted for steps the article does not say', () => {
    const unmatched = problems.filter((p) => p.code === 'checklist-step-unmatched')
    expect(unmatched).toHaveLength(1)
    expect(unmatched[0]).toMatchObject({ severity: 'warning', path: 'S/Certificado.rst' })
    expect(unmatched[0].message).toContain('suporte de redes')
  })
})
