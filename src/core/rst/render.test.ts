import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { escapeHtml, mapText, parseRst, renderHtml, renderText } from './index'
import type { Block } from './types'

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/rst', name), 'utf8')

type Table = Extract<Block, { type: 'table' }>

function tables(blocks: Block[]): Table[] {
  const out: Table[] = []
  const walk = (bs: Block[]) => {
    for (const b of bs) {
      if (b.type === 'table') out.push(b)
      if (b.type === 'section') walk(b.children)
    }
  }
  walk(blocks)
  return out
}

describe('tables', () => {
  const doc = parseRst(fixture('faq-tabelas.rst'))
  const [grid, list, simple] = tables(doc.children)

  it('reads grid tables with header, rowspan and colspan', () => {
    expect(grid.header).toHaveLength(1)
    expect(grid.header[0]).toHaveLength(3)
    expect(grid.rows.map((r) => r.length)).toEqual([3, 2, 2])
    expect(grid.rows[0][0].rowspan).toBe(2)
    expect(grid.rows[2][1].colspan).toBe(2)
    expect(renderText([grid])).toContain('Teste | 1.0 | https://teste.exemplo.br/')
  })

  it('reads list-table with header rows and title', () => {
    expect(
      renderText(list.title ? [{ type: 'paragraph', line: 1, children: list.title }] : []),
    ).toBe('Perfis')
    expect(list.header).toHaveLength(1)
    expect(list.rows).toHaveLength(2)
    expect(renderText([list])).toBe(
      'Perfis\nPerfil | Pode pedir?\nGestor | Sim, pelo portal.\nUsuário | Não',
    )
  })

  it('reads simple tables, joining continuation lines', () => {
    expect(renderText([simple])).toBe(
      'Sigla | Significado\nNUP | Número Único\nSPE | Sistema de Processo',
    )
  })

  it('reads the KB list-table form "- * cell"', () => {
    const t = parseRst(
      '.. list-table::\n   :header-rows: 1\n\n   - * SOAP\n   - * API: https://api.exemplo.br/\n',
    ).children[0] as Table
    expect(t.header[0]).toHaveLength(1)
    expect(renderText([t])).toBe('SOAP\nAPI: https://api.exemplo.br/')
  })

  it('reads csv-table content', () => {
    const t = parseRst(
      '.. csv-table:: Códigos\n   :header: "Código", "Nome"\n\n   1, "Acórdão, final"\n   2, Apólice\n',
    ).children[0] as Table
    expect(renderText([t])).toBe('Códigos\nCódigo | Nome\n1 | Acórdão, final\n2 | Apólice')
  })

  it('shows a malformed grid table as text', () => {
    const doc2 = parseRst('+-----+-----+\n| a   | b\n+-----+-----+\n')
    expect(doc2.children[0].type).toBe('literal_block')
    expect(doc2.problems.map((p) => p.code)).toContain('malformed-table')
  })
})

describe('renderText', () => {
  it('renders the 2023 template article readably', () => {
    const text = renderText(parseRst(fixture('artigo-2023.rst')).children)
    expect(text).toContain('Situação\n\nO usuário externo informa que a senha expirou')
    expect(text).toContain(
      '1. Conferir o cadastro no menu Usuários Externos.\n2. Liberar o cadastro¹',
    )
    expect(text).toContain('Manual do Usuário Externo (https://manual.exemplo.gov.br/externo.html)')
  })

  it('renders nested lists with indentation and link text once when it is the URL', () => {
    const text = renderText(parseRst('- um\n\n  - dois https://a.exemplo.br/\n\n- três\n').children)
    expect(text).toBe('- um\n\n  - dois https://a.exemplo.br/\n- três')
  })
})

describe('renderHtml', () => {
  it('renders sections, lists and links as escaped HTML', () => {
    const html = renderHtml(parseRst(fixture('artigo-2023.rst')).children)
    expect(html).toContain('<section id="situacao"><h2>Situação</h2>')
    expect(html).toContain('<strong>senha expirou</strong>')
    expect(html).toContain(
      '<a href="https://manual.exemplo.gov.br/externo.html" rel="noopener noreferrer">Manual do Usuário Externo</a>',
    )
    expect(html).toContain('<ol><li><p>Conferir')
  })

  it('escapes text and never emits markup from the source', () => {
    const src =
      'Texto <b onclick="x()">negrito</b> & <script>alert(1)</script>\n\n.. raw:: html\n\n   <img src=x onerror=alert(1)>\n\n.. foo:: <i>bar</i>\n'
    const html = renderHtml(parseRst(src).children)
    expect(html).not.toMatch(/<script|<b |<img|<i>/)
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain(
      '<pre class="rst-raw"><code>&lt;img src=x onerror=alert(1)&gt;</code></pre>',
    )
    expect(html).toContain('<pre class="rst-unknown">')
  })

  it('renders unsafe links as plain text', () => {
    const html = renderHtml(parseRst('`clique <javascript:alert(1)>`_\n').children)
    expect(html).toBe('<p><span class="rst-link-unsafe">clique</span></p>')
  })

  it('shows images only when resolveImage gives a URL, else an alt placeholder', () => {
    const blocks = parseRst(fixture('script-2025.rst')).children
    expect(renderHtml(blocks)).toContain(
      '<span class="rst-image-missing">[Tela de erro ao anexar]</span>',
    )
    const html = renderHtml(blocks, { resolveImage: (uri) => `roteiro-kb://kb/${uri}` })
    expect(html).toContain(
      '<img src="roteiro-kb://kb/_static/images/erro_anexo.png" alt="Tela de erro ao anexar">',
    )
    expect(renderHtml(blocks, { resolveImage: () => 'javascript:alert(1)' })).not.toContain('<img')
  })

  it('links references through resolveReference', () => {
    const blocks = parseRst(':doc:`Guia <SEI/guia>` e :ref:`passo`\n').children
    const html = renderHtml(blocks, {
      resolveReference: (t, target) => (t === 'doc' ? `#doc/${target}` : null),
    })
    expect(html).toContain('<a href="#doc/SEI/guia" class="rst-reference">Guia</a>')
    expect(html).toContain('<span class="rst-reference">passo</span>')
  })

  it('escapeHtml escapes the five HTML specials and backtick', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\``)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;',
    )
  })
})

describe('mapText', () => {
  it('replaces every text inline and leaves the source tree untouched', () => {
    const blocks = parseRst(fixture('artigo-2023.rst')).children
    const before = JSON.stringify(blocks)
    const filled = mapText(blocks, (t) => t.replace('[nome do usuário]', 'Maria'))
    expect(renderText(filled)).toContain('Prezado(a) Maria,')
    expect(JSON.stringify(blocks)).toBe(before)
  })

  it('accepts inline nodes as the replacement', () => {
    const blocks = parseRst('Olá (inserir aqui nome do usuário).\n').children
    const out = mapText(blocks, (t) => [
      { type: 'strong', children: [{ type: 'text', value: t.toUpperCase() }] },
    ])
    expect(renderHtml(out)).toBe('<p><strong>OLÁ (INSERIR AQUI NOME DO USUÁRIO).</strong></p>')
  })
})
