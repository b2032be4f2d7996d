import { describe, expect, it } from 'vitest'
import { parseRst } from './parse'
import type { Block } from './types'
import { inlineText, renderText } from './render-text'

type Of<T extends Block['type']> = Extract<Block, { type: T }>

function only<T extends Block['type']>(src: string, type: T): Of<T> {
  const doc = parseRst(src)
  const b = doc.children[0]
  expect(b?.type).toBe(type)
  return b as Of<T>
}

const codes = (src: string) => parseRst(src).problems.map((p) => p.code)

describe('sections', () => {
  it('nests sections by order of adornment styles and keeps source lines', () => {
    const doc = parseRst(
      'Título do artigo\n================\n\nSituação\n~~~~~~~~\n\nTexto.\n\nQuando Ocorre\n~~~~~~~~~~~~~\n\nMais.\n',
    )
    const top = doc.children[0] as Of<'section'>
    expect(top).toMatchObject({ type: 'section', level: 1, line: 1, titleText: 'Título do artigo' })
    expect(top.children.map((c) => (c as Of<'section'>).titleText)).toEqual([
      'Situação',
      'Quando Ocorre',
    ])
    expect(top.children.map((c) => (c as Of<'section'>).level)).toEqual([2, 2])
    expect((top.children[0] as Of<'section'>).children[0]).toMatchObject({
      type: 'paragraph',
      line: 7,
    })
  })

  it('accepts an underline shorter than its title when it has 4+ characters', () => {
    const s = only('Modelo de Resposta para Chamados\n~~~~\n\nTexto\n', 'section')
    expect(s.titleText).toBe('Modelo de Resposta para Chamados')
    expect(codes('Modelo de Resposta\n~~~~\n')).toContain('title-underline-short')
  })

  it('treats a 3-character short underline as paragraph text', () => {
    const p = only('Título comprido\n~~~\n', 'paragraph')
    expect(inlineText(p.children)).toBe('Título comprido\n~~~')
  })

  it('trims NBSP / NNBSP after titles and does not count them against the underline', () => {
    const s = only('Situação\u202f \n~~~~~~~~\n', 'section')
    expect(s.titleText).toBe('Situação')
    expect(s.anchor).toBe('situacao')
    expect(codes('Perfil do usuário\u00a0\n~~~~~~~~~~~~~~~~~\n')).toEqual([])
  })

  it('reads overline + underline titles as their own style', () => {
    const doc = parseRst('=====\nTopo\n=====\n\nSub\n=====\n\nx\n')
    const top = doc.children[0] as Of<'section'>
    expect(top.titleText).toBe('Topo')
    expect((top.children[0] as Of<'section'>).level).toBe(2)
  })

  it('builds docutils anchors: accents removed, leading digits dropped, duplicates numbered', () => {
    const doc = parseRst(
      '2024.08.29-Ambientes diferentes-V2\n====\n\nSolução Sugerida!\n-----------------\n\nSolução Sugerida!\n-----------------\n',
    )
    const top = doc.children[0] as Of<'section'>
    expect(top.anchor).toBe('ambientes-diferentes-v2')
    expect(top.children.map((c) => (c as Of<'section'>).anchor)).toEqual([
      'solucao-sugerida',
      'solucao-sugerida-1',
    ])
  })

  it('reads transitions', () => {
    const doc = parseRst('Antes.\n\n----------\n\nDepois.\n')
    expect(doc.children.map((b) => b.type)).toEqual(['paragraph', 'transition', 'paragraph'])
  })
})

describe('lists', () => {
  it('reads bullet lists with every marker and nesting by indentation', () => {
    const l = only(
      '* Abrir o chamado\n* Conferir o NUP\n\n  - Dentro do item\n  - Outro\n\n* Responder\n',
      'bullet_list',
    )
    expect(l.items).toHaveLength(3)
    expect(l.items[1].children.map((b) => b.type)).toEqual(['paragraph', 'bullet_list'])
    expect(only('+ um\n+ dois\n', 'bullet_list').items).toHaveLength(2)
    expect(only('- um\n- dois\n', 'bullet_list').items.map((i) => i.line)).toEqual([1, 2])
  })

  it('continues an item paragraph on indented lines', () => {
    const l = only('- primeira linha\n  continua aqui\n', 'bullet_list')
    expect(inlineText((l.items[0].children[0] as Of<'paragraph'>).children)).toBe(
      'primeira linha\ncontinua aqui',
    )
  })

  it('reads enumerated styles: 1. 1) (1) a. A. i. #. and ordinals 1º.', () => {
    const cases: [string, string, number][] = [
      ['1. um\n2. dois\n', 'arabic', 1],
      ['3) três\n4) quatro\n', 'arabic', 3],
      ['(1) um\n(2) dois\n', 'arabic', 1],
      ['a. um\nb. dois\n', 'loweralpha', 1],
      ['B. um\nC. dois\n', 'upperalpha', 2],
      ['i. um\nii. dois\n', 'lowerroman', 1],
      ['IV. um\nV. dois\n', 'upperroman', 4],
      ['#. um\n#. dois\n', 'auto', 1],
      ['1º. Acessar o painel\n\n2º. Clicar em filtro\n', 'ordinal', 1],
      ['1º Acessar o painel\n\n2º Pesquisar o órgão\n', 'ordinal', 1],
    ]
    for (const [src, enumType, start] of cases) {
      const l = only(src, 'enumerated_list')
      expect({ enumType: l.enumType, start: l.start, n: l.items.length }).toEqual({
        enumType,
        start,
        n: 2,
      })
    }
  })

  it('does not read a one-line "A. text" followed by unindented text as a list', () => {
    expect(only('A. Silva respondeu o chamado\nna terça-feira.\n', 'paragraph')).toBeTruthy()
  })

  it('handles a thousand-deep nested list without failing', () => {
    let src = ''
    for (let d = 0; d < 1000; d++) src += `${' '.repeat(d * 2)}- nível ${d}\n\n`
    const doc = parseRst(src)
    expect(doc.children[0].type).toBe('bullet_list')
    expect(doc.problems.map((p) => p.code)).toContain('nesting-too-deep')
    expect(renderText(doc.children)).toContain('nível 999')
  })
})

describe('literal blocks, quotes, line blocks, comments', () => {
  it('turns "::" at paragraph end into a literal block', () => {
    const doc = parseRst('Execute o comando::\n\n   php -f agendamento.php\n     --force\n\nFim.\n')
    expect(doc.children.map((b) => b.type)).toEqual(['paragraph', 'literal_block', 'paragraph'])
    expect(inlineText((doc.children[0] as Of<'paragraph'>).children)).toBe('Execute o comando:')
    expect((doc.children[1] as Of<'literal_block'>).value).toBe('php -f agendamento.php\n  --force')
    const alone = parseRst('Veja ::\n\n  x\n')
    expect(inlineText((alone.children[0] as Of<'paragraph'>).children)).toBe('Veja')
    expect(parseRst('::\n\n  x\n').children.map((b) => b.type)).toEqual(['literal_block'])
  })

  it('reads code-block, code and sourcecode directives with their language', () => {
    const b = only(
      '.. code-block:: sql\n\n   SELECT * FROM protocolo;\n     -- fim\n',
      'literal_block',
    )
    expect(b).toMatchObject({ language: 'sql', value: 'SELECT * FROM protocolo;\n  -- fim' })
    expect(only('.. code:: bash\n\n   ls\n', 'literal_block').language).toBe('bash')
    expect(only('.. sourcecode::\n\n   x\n', 'literal_block').language).toBeUndefined()
  })

  it('reads indented text as a block quote', () => {
    const q = only('   Texto citado do manual.\n', 'block_quote')
    expect(q.children[0].type).toBe('paragraph')
  })

  it('reads the KB footnote style: an indented paragraph starting with a superscript', () => {
    const doc = parseRst('Desabilitar os agendamentos¹ antes.\n\n    ¹ Só no SEI.\n')
    const p = doc.children[0] as Of<'paragraph'>
    expect(p.children).toContainEqual({ type: 'footnote_ref', label: '1', superscript: true })
    expect(doc.children[1]).toMatchObject({ type: 'footnote', label: '1', superscript: true })
    expect(renderText(doc.children)).toBe('Desabilitar os agendamentos¹ antes.\n\n¹ Só no SEI.')
  })

  it('reads line blocks and comments', () => {
    const lb = only('| Equipe PEN\n| Ministério da Gestão\n  continuação\n', 'line_block')
    expect(lb.lines.map((l) => inlineText(l))).toEqual([
      'Equipe PEN',
      'Ministério da Gestão continuação',
    ])
    const c = only('.. isto é um comentário\n   de duas linhas\n', 'comment')
    expect(c.value).toBe('isto é um comentário\nde duas linhas')
    expect(only('..\n', 'comment').value).toBe('')
  })

  it('reads definition and field lists', () => {
    const dl = only(
      'Status 6\n    Trâmite concluído.\n\nStatus 9\n    Recusado.\n',
      'definition_list',
    )
    expect(dl.items.map((i) => inlineText(i.term))).toEqual(['Status 6', 'Status 9'])
    const fl = only(':Autor: Equipe N2\n:Versão: 2\n', 'field_list')
    expect(fl.fields.map((f) => f.name)).toEqual(['Autor', 'Versão'])
  })
})

describe('directives', () => {
  it('reads admonitions with their kind and the generic admonition title', () => {
    for (const kind of [
      'note',
      'warning',
      'important',
      'attention',
      'tip',
      'hint',
      'caution',
      'danger',
      'error',
    ]) {
      const a = only(`.. ${kind}::\n\n   Conferir antes.\n`, 'admonition')
      expect(a).toMatchObject({ kind, title: null })
      expect(a.children[0].type).toBe('paragraph')
    }
    const a = only('.. admonition:: Observação\n\n   Ajustar a data.\n', 'admonition')
    expect(inlineText(a.title ?? [])).toBe('Observação')
    expect(
      only('.. note:: Texto na mesma linha\n   e na seguinte.\n', 'admonition').children,
    ).toHaveLength(1)
  })

  it('adopts the unindented paragraph after an empty admonition, with a warning', () => {
    const doc = parseRst('.. important::\n\nNão use o mesmo certificado.\n\nOutro parágrafo.\n')
    expect(doc.children[0]).toMatchObject({ type: 'admonition', kind: 'important' })
    expect(renderText([doc.children[0]])).toBe('Não use o mesmo certificado.')
    expect(doc.children[1].type).toBe('paragraph')
    expect(doc.problems.map((p) => p.code)).toEqual(['directive-content-not-indented'])
  })

  it('reads figure and image (options ignored, alt kept, caption and legend)', () => {
    const f = only(
      '.. figure:: _static/images/tela.png\n   :alt: Tela do painel\n   :width: 600\n\n   Legenda da tela.\n\n   Mais texto.\n',
      'image',
    )
    expect(f).toMatchObject({ uri: '_static/images/tela.png', alt: 'Tela do painel' })
    expect(inlineText(f.caption ?? [])).toBe('Legenda da tela.')
    expect(f.legend).toHaveLength(1)
    const i = only('.. image:: img/a.png\n   :align: center\n', 'image')
    expect(i).toEqual({ type: 'image', line: 1, uri: 'img/a.png', alt: '' })
  })

  it('reads toctree entries and skips its options', () => {
    const t = only(
      '.. toctree::\n   :maxdepth: 2\n\n   Tramita_GOV_BR/index\n   SEI/index\n',
      'toctree',
    )
    expect(t.entries).toEqual(['Tramita_GOV_BR/index', 'SEI/index'])
  })

  it('keeps raw content as a raw node and warns', () => {
    const doc = parseRst('.. raw:: html\n\n   <script>alert(1)</script>\n')
    expect(doc.children[0]).toEqual({
      type: 'raw',
      line: 1,
      format: 'html',
      value: '<script>alert(1)</script>',
    })
    expect(doc.problems[0]).toMatchObject({ code: 'raw-directive', severity: 'warning', line: 1 })
  })

  it('keeps unknown directives as text and reports them', () => {
    const doc = parseRst('.. youtube:: abc123\n   :width: 100\n')
    expect(doc.children[0]).toMatchObject({ type: 'unknown_directive', name: 'youtube', line: 1 })
    expect((doc.children[0] as Of<'unknown_directive'>).value).toContain('youtube:: abc123')
    expect(doc.problems[0]).toMatchObject({ code: 'unknown-directive', line: 1 })
  })

  it('reads footnotes, targets and substitution definitions', () => {
    const doc = parseRst(
      '.. [1] Nota numerada.\n.. [#] Nota automática.\n.. _portal: https://portal.exemplo.gov.br/\n.. _rotulo-interno:\n.. |play| image:: _static/play.png\n.. |PEN| replace:: Processo Eletrônico Nacional\n',
    )
    expect(doc.children.map((b) => b.type)).toEqual([
      'footnote',
      'footnote',
      'target',
      'target',
      'substitution_definition',
      'substitution_definition',
    ])
    expect(doc.children[2]).toMatchObject({ name: 'portal', url: 'https://portal.exemplo.gov.br/' })
    expect(doc.children[3]).toMatchObject({ name: 'rotulo-interno', url: null })
    expect(doc.children[4]).toMatchObject({ name: 'play', image: '_static/play.png' })
    expect(inlineText((doc.children[5] as Of<'substitution_definition'>).value)).toBe(
      'Processo Eletrônico Nacional',
    )
  })

  it('expands tabs to 8 columns', () => {
    const doc = parseRst('Comando::\n\n\tls -la\n\t\tx\n')
    expect((doc.children[1] as Of<'literal_block'>).value).toBe('ls -la\n        x')
  })
})
