import { renderHtml } from '../rst'
import { describe, expect, it } from 'vitest'
import { applyKnowledgeChanges, buildKnowledgeBase } from './build'
import { resolveWikiUrl } from './wiki'
import { toArticleSummary, toArticleView } from './view'
import type { KnowledgeFileInput } from './types'

const enc = (text: string) => new TextEncoder().encode(text)
const ROOTS = [{ dir: '/kb', name: 'kb' }]

const SCRIPT = (title: string, extra = '') => `${title}
${'='.repeat(title.length + 2)}

Situação
~~~~~~~~

Falha <script>alert(1)</script>.

Solução Sugerida
~~~~~~~~~~~~~~~~

1. Conferir.
2. Corrigir.

Modelo de Resposta para Chamados
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Prezado(a) [nome do usuário], chamado de número ________.

${extra}
`

const file = (path: string, text: string, root = 0): KnowledgeFileInput => ({
  root,
  path,
  bytes: enc(text),
})

describe('buildKnowledgeBase', () => {
  it('links versions across files and reports broken references', () => {
    const kb = buildKnowledgeBase(ROOTS, [
      file(
        'a/Erro.rst',
        SCRIPT('2024.01.01-Erro X-V1', 'Veja :doc:`Outro` e :doc:`/a/Nao_existe`.'),
      ),
      file(
        'a/Erro_v2.rst',
        SCRIPT(
          '2024.05.01-Erro X-V2',
          'FAQ: `link <https://wiki.processoeletronico.gov.br/pt-br/latest/faq/Perguntas_frequentes/Q.html#por-que>`_',
        ),
      ),
      file('a/Outro.rst', SCRIPT('Outro', '.. toctree::\n\n   Erro\n   Sumiu\n')),
      file(
        'faq/Perguntas_frequentes/Q.rst',
        'Perguntas\n=========\n\nPor quê?\n++++++++\n\nPorque sim.\n',
      ),
    ])
    expect(kb.files).toBe(4)
    const v1 = kb.byId.get('kb/a/Erro.rst')
    expect(v1).toMatchObject({ superseded: true, supersededBy: 'kb/a/Erro_v2.rst' })
    expect(kb.byId.get('kb/a/Erro_v2.rst')?.olderVersions).toEqual(['kb/a/Erro.rst'])
    const broken = kb.problems.filter((p) => p.code === 'broken-reference')
    expect(
      broken.map((p) => [p.path, p.message.includes('Nao_existe') || p.message.includes('Sumiu')]),
    ).toEqual([
      ['a/Erro.rst', true],
      ['a/Outro.rst', true],
    ])
    expect(
      resolveWikiUrl(
        kb,
        'https://wiki.processoeletronico.gov.br/pt-br/latest/faq/Perguntas_frequentes/Q.html#por-que',
      ),
    ).toEqual({
      articleId: 'kb/faq/Perguntas_frequentes/Q.rst#por-que',
      anchor: 'por-que',
    })
    expect(
      resolveWikiUrl(kb, 'https://wiki.processoeletronico.gov.br/pt-br/latest/nada.html'),
    ).toBeNull()
  })

  it('reports undecodable files and keeps going', () => {
    const kb = buildKnowledgeBase(
      ROOTS,
      [
        { root: 0, path: 'bin.rst', bytes: new Uint8Array([0, 1, 2, 3]) },
        file('big.rst', 'x'.repeat(5000)),
        file('ok.rst', SCRIPT('Ok')),
      ],
      { maxBytes: 1000 },
    )
    expect(kb.problems.filter((p) => p.severity === 'error').map((p) => [p.path, p.code])).toEqual([
      ['big.rst', 'oversized-file'],
      ['bin.rst', 'binary-file'],
    ])
    expect(kb.articles.map((a) => a.path)).toEqual(['ok.rst'])
  })

  it('prefixes problem paths with the root name when there are several roots', () => {
    const kb = buildKnowledgeBase(
      [ROOTS[0], { dir: '/outra', name: 'outra' }],
      [file('a.rst', SCRIPT('2023.13.01-A')), file('a.rst', SCRIPT('2023.13.01-B'), 1)],
    )
    expect(kb.problems.filter((p) => p.code === 'impossible-date').map((p) => p.path)).toEqual([
      'kb/a.rst',
      'outra/a.rst',
    ])
    expect(kb.articles.map((a) => a.id)).toEqual(['kb/a.rst', 'outra/a.rst'])
  })

  it('updates incrementally without touching the previous base', () => {
    const kb = buildKnowledgeBase(ROOTS, [
      file('a.rst', SCRIPT('2024.01.01-A-V1')),
      file('b.rst', SCRIPT('B')),
    ])
    const next = applyKnowledgeChanges(kb, [
      { root: 0, path: 'b.rst', bytes: null },
      { root: 0, path: 'c.rst', bytes: enc(SCRIPT('2024.02.01-A-V2')) },
    ])
    expect(next.articles.map((a) => a.path)).toEqual(['a.rst', 'c.rst'])
    expect(next.byId.get('kb/a.rst')?.superseded).toBe(true)
    expect(kb.byId.get('kb/a.rst')?.superseded).toBe(false)
    expect(kb.articles.map((a) => a.path)).toEqual(['a.rst', 'b.rst'])
    expect(next.files).toBe(2)
  })

  it('gives API views with the reader tree, which renders to escaped HTML', () => {
    const kb = buildKnowledgeBase(ROOTS, [file('a.rst', SCRIPT('2024.01.01-A-V1'))])
    const article = kb.articles[0]
    const view = toArticleView(kb, article)
    expect(view.root).toBe('kb')
    const html = renderHtml(view.sections[0].blocks)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(view.reply.blocks).toBe(article.reply.blocks)
    expect(view.reply.placeholders).toEqual(['Prezado(a)', '[nome do usuário]', '________'])
    expect(toArticleSummary(article)).toMatchObject({
      id: 'kb/a.rst',
      replyStatus: 'ready',
      steps: 3,
      version: 1,
    })
  })

  it('puts derived labels in the infinitive the knowledge base writes, also after an update', () => {
    const solution = 'Solução Sugerida\n~~~~~~~~~~~~~~~~\n\n'
    const article = (verb: string) =>
      `Erro\n====\n\n${solution}${verb} o arquivo de configuração do módulo.\n`
    const other = file('b/Outro.rst', `Outro\n=====\n\n${solution}Abrir o painel e preencher.\n`)
    const kb = buildKnowledgeBase(ROOTS, [file('a/Erro.rst', article('Abra')), other])
    const step = (k: typeof kb) => k.byId.get('kb/a/Erro.rst')!.steps[0]
    expect(step(kb).label).toBe('Abrir o arquivo de configuração do módulo.')
    expect(step(kb).text).toBe('Abra o arquivo de configuração do módulo.')
    const next = applyKnowledgeChanges(kb, [
      { root: 0, path: 'a/Erro.rst', bytes: enc(article('Preencha')) },
    ])
    expect(step(next).label).toBe('Preencher o arquivo de configuração do módulo.')
    // Without the other file, nothing tells "abra" from "abrer": the label stays as written.
    const alone = buildKnowledgeBase(ROOTS, [file('a/Erro.rst', article('Abra'))])
    expect(step(alone).label).toBe('Abra o arquivo de configuração do módulo.')
  })
})
