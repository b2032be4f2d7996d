import { describe, expect, it } from 'vitest'
import { parseInline } from './inline'
import { parseRst } from './parse'
import type { Inline } from './types'

const text = (value: string): Inline => ({ type: 'text', value })

/** Inline nodes of the first paragraph of a document. */
function para(src: string): Inline[] {
  const b = parseRst(src).children.find((x) => x.type === 'paragraph')
  if (!b || b.type !== 'paragraph') throw new Error('no paragraph')
  return b.children
}

describe('inline markup', () => {
  it('reads strong, emphasis and literals', () => {
    expect(parseInline('**Passo 1:** conferir *antes* o ``status 6``.')).toEqual([
      { type: 'strong', children: [text('Passo 1:')] },
      text(' conferir '),
      { type: 'emphasis', children: [text('antes')] },
      text(' o '),
      { type: 'literal', value: 'status 6' },
      text('.'),
    ])
  })

  it('leaves unmatched or misplaced markup as literal text', () => {
    expect(parseInline('2 * 3 = 6 e a*b*c')).toEqual([text('2 * 3 = 6 e a*b*c')])
    expect(parseInline('**sem fim')).toEqual([text('**sem fim')])
    expect(parseInline('use `crase sozinha')).toEqual([text('use `crase sozinha')])
    expect(parseInline('"*" entre aspas')).toEqual([text('"*" entre aspas')])
  })

  it('honours backslash escapes', () => {
    expect(parseInline('\\*não é ênfase\\*')).toEqual([text('*não é ênfase*')])
    expect(parseInline('``C:\\Users`` fica')).toEqual([
      { type: 'literal', value: 'C:\\Users' },
      text(' fica'),
    ])
  })

  it('reads embedded-URI links, named and anonymous', () => {
    expect(
      parseInline('veja `FAQ do Tramita <https://wiki.exemplo.gov.br/faq.html#item-4>`_ agora'),
    ).toEqual([
      text('veja '),
      {
        type: 'link',
        url: 'https://wiki.exemplo.gov.br/faq.html#item-4',
        children: [text('FAQ do Tramita')],
      },
      text(' agora'),
    ])
    expect(parseInline('`<https://a.exemplo.br/x>`__')).toEqual([
      { type: 'link', url: 'https://a.exemplo.br/x', children: [text('https://a.exemplo.br/x')] },
    ])
  })

  it('resolves `name`_ and name_ against targets of the same document', () => {
    const doc = parseRst(
      'Leia o `Manual`_, o Guia_ e `Contato`_.\n\n.. _manual: https://manual.exemplo.gov.br/\n.. _Guia: https://guia.exemplo.gov.br/\n\nContato\n=======\n\nx\n',
    )
    const p = doc.children[0]
    expect(p.type === 'paragraph' && p.children).toEqual([
      text('Leia o '),
      { type: 'link', url: 'https://manual.exemplo.gov.br/', children: [text('Manual')] },
      text(', o '),
      { type: 'link', url: 'https://guia.exemplo.gov.br/', children: [text('Guia')] },
      text(' e '),
      { type: 'reference', refType: 'named', target: 'contato', children: [text('Contato')] },
      text('.'),
    ])
  })

  it('resolves a label placed before a section to that section anchor', () => {
    const doc = parseRst(
      'Veja `aqui <passos_>`_.\n\n.. _passos:\n\nPassos da Solução\n=================\n\nx\n',
    )
    const p = doc.children[0]
    expect(p.type === 'paragraph' && p.children[1]).toEqual({
      type: 'reference',
      refType: 'named',
      target: 'passos-da-solucao',
      children: [text('aqui')],
    })
  })

  it('leaves words ending in _ alone when no target has that name', () => {
    expect(para('campo nome_ e XXXXX_____ ficam')).toEqual([text('campo nome_ e XXXXX_____ ficam')])
  })

  it('reports unknown `names`_ as problems and keeps them as references', () => {
    const doc = parseRst('Ver `Inexistente`_.\n')
    expect(doc.problems).toMatchObject([{ code: 'unknown-target', line: 1 }])
  })

  it('pairs anonymous references with anonymous targets in order', () => {
    const nodes = para(
      '`um`__ e `dois`__\n\n__ https://um.exemplo.br/\n.. __: https://dois.exemplo.br/\n',
    )
    expect(nodes.filter((n) => n.type === 'link').map((n) => n.type === 'link' && n.url)).toEqual([
      'https://um.exemplo.br/',
      'https://dois.exemplo.br/',
    ])
  })

  it('turns bare URLs, www. addresses and e-mails into links, without trailing punctuation', () => {
    expect(parseInline('acessível em gov.br/pen (https://gov.br/pen).')).toEqual([
      text('acessível em gov.br/pen ('),
      { type: 'link', url: 'https://gov.br/pen', children: [text('https://gov.br/pen')] },
      text(').'),
    ])
    expect(parseInline('site www.exemplo.gov.br, ok')[1]).toEqual({
      type: 'link',
      url: 'https://www.exemplo.gov.br',
      children: [text('www.exemplo.gov.br')],
    })
    expect(parseInline('escreva para suporte@exemplo.gov.br.')[1]).toEqual({
      type: 'link',
      url: 'mailto:suporte@exemplo.gov.br',
      children: [text('suporte@exemplo.gov.br')],
    })
    expect(parseInline('mailto:pen@exemplo.gov.br')[0]).toMatchObject({
      type: 'link',
      url: 'mailto:pen@exemplo.gov.br',
    })
  })

  it('reads roles: :ref:, :doc: (with text <target>), and any other role', () => {
    expect(parseInline(':ref:`Passo-A`')).toEqual([
      { type: 'reference', refType: 'ref', target: 'passo-a', children: [text('Passo-A')] },
    ])
    expect(parseInline(':doc:`o guia <Tramita_GOV_BR/index>`')).toEqual([
      {
        type: 'reference',
        refType: 'doc',
        target: 'Tramita_GOV_BR/index',
        children: [text('o guia')],
      },
    ])
    expect(parseInline('baixe :download:`a planilha <arquivos/p.xlsx>` hoje')[1]).toEqual({
      type: 'role',
      role: 'download',
      value: 'a planilha',
    })
    expect(parseInline('`texto`:kbd:')).toEqual([{ type: 'role', role: 'kbd', value: 'texto' }])
    expect(parseInline('`título`')).toEqual([
      { type: 'role', role: 'title-reference', value: 'título' },
    ])
  })

  it('reads footnote references, substitutions and superscript marks', () => {
    expect(parseInline('texto [1]_ e [#]_ fim')).toEqual([
      text('texto '),
      { type: 'footnote_ref', label: '1' },
      text(' e '),
      { type: 'footnote_ref', label: '#' },
      text(' fim'),
    ])
    expect(parseInline('Clicar na seta (|play|) do filtro')).toEqual([
      text('Clicar na seta ('),
      { type: 'substitution', name: 'play' },
      text(') do filtro'),
    ])
    expect(parseInline('agendamentos¹²')).toEqual([
      text('agendamentos'),
      { type: 'footnote_ref', label: '12', superscript: true },
    ])
    // Mojibake ("Ã³" is a mis-decoded "ó") is not a footnote mark.
    expect(parseInline('AcÃ³rdÃ£o')).toEqual([text('AcÃ³rdÃ£o')])
  })
})

describe('link safety', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://exemplo.br/a',
    'jav&#x09;ascript:alert(1)',
  ]
  it.each(unsafe)('refuses %j', (target) => {
    const nodes = parseInline(`\`clique <${target}>\`_`)
    expect(nodes[0]).toMatchObject({ type: 'link', url: null })
    const doc = parseRst(`\`x\`_\n\n.. _x: ${target.replace(/\n/g, ' ')}\n`)
    const p = doc.children[0]
    expect(p.type === 'paragraph' && p.children[0]).toMatchObject({ type: 'link', url: null })
  })

  it('keeps http, https and mailto', () => {
    for (const url of [
      'http://a.exemplo.br/',
      'HTTPS://b.exemplo.br/x?y=1#z',
      'mailto:a@exemplo.br',
    ]) {
      expect(parseInline(`\`x <${url}>\`_`)[0]).toMatchObject({ type: 'link', url })
    }
  })
})
