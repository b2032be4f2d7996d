import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadKnowledgeBase, rootInfos } from './load'
import { updateKnowledgeBase } from './update'
import { watchKnowledge } from './watch'

const SCRIPT = (title: string, step = 'Conferir o status no painel.') => `${title}
${'='.repeat(title.length)}

Situação
~~~~~~~~

Algo falhou.

Quando Ocorre
~~~~~~~~~~~~~

Sempre.

Solução Sugerida
~~~~~~~~~~~~~~~~

1. ${step}
2. Orientar o reenvio.

Modelo de Resposta para Chamados
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Prezado(a) [nome do usuário], chamado de número ________.

Palavras-chave
~~~~~~~~~~~~~~

a | b
`

let dir: string

function write(rel: string, text: string | Uint8Array) {
  mkdirSync(join(dir, rel, '..'), { recursive: true })
  writeFileSync(join(dir, rel), text)
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roteiro-kb-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('loadKnowledgeBase', () => {
  it('walks .rst files, skipping hidden entries, _build and other files, and survives link loops', async () => {
    write('a/Um.rst', SCRIPT('2024.01.02-Um-V1'))
    write('a/.oculto.rst', SCRIPT('Oculto'))
    write('.git/x.rst', SCRIPT('Git'))
    write('_build/y.rst', SCRIPT('Build'))
    write('a/notas.txt', 'não é rst')
    symlinkSync(dir, join(dir, 'a', 'loop'))
    const kb = await loadKnowledgeBase([dir])
    expect(kb.files).toBe(1)
    expect(kb.articles.map((a) => a.path)).toEqual(['a/Um.rst'])
  })

  it('reports binary, oversized and Windows-1252 files', async () => {
    write('bin.rst', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))
    write('grande.rst', 'x'.repeat(2000))
    write(
      'antigo.rst',
      new Uint8Array([...Buffer.from('T\xedtulo\n======\n\nSitua\xe7\xe3o\n', 'latin1')]),
    )
    const kb = await loadKnowledgeBase([dir], { maxBytes: 1000 })
    const codes = Object.fromEntries(kb.problems.map((p) => [p.path, p.code]))
    expect(codes['bin.rst']).toBe('binary-file')
    expect(codes['grande.rst']).toBe('oversized-file')
    expect(kb.problems.find((p) => p.path === 'antigo.rst')).toMatchObject({
      code: 'legacy-encoding',
      severity: 'warning',
    })
    expect(kb.articles.find((a) => a.path === 'antigo.rst')?.title).toBe('Título')
  })

  it('names roots by folder, de-duplicated, and prefixes problem paths when there are several', async () => {
    expect(rootInfos(['/x/kb', '/y/kb', '/z/outra']).map((r) => r.name)).toEqual([
      'kb',
      'kb-2',
      'outra',
    ])
    write('one/Um.rst', SCRIPT('Um'))
    write('two/Um.rst', SCRIPT('Dois'))
    const kb = await loadKnowledgeBase([join(dir, 'one'), join(dir, 'two')])
    expect(kb.articles.map((a) => a.id)).toEqual(['one/Um.rst', 'two/Um.rst'])
    expect(kb.problems.every((p) => p.path.startsWith('one/') || p.path.startsWith('two/'))).toBe(
      true,
    )
  })
})

describe('updateKnowledgeBase', () => {
  it('re-reads changed files, drops removed ones, and relinks versions', async () => {
    write('x/A.rst', SCRIPT('2024.01.01-Erro X-V1'))
    write('x/B.rst', SCRIPT('2024.01.01-Outro-V1'))
    const kb = await loadKnowledgeBase([dir])
    const keyBefore = kb.articles[0].steps[1].key
    write('x/A2.rst', SCRIPT('2024.06.01-Erro X-V2'))
    write('x/A.rst', SCRIPT('2024.01.01-Erro X-V1', 'Verificar o passo reescrito.'))
    unlinkSync(join(dir, 'x/B.rst'))
    const next = await updateKnowledgeBase(kb, [
      join(dir, 'x/A2.rst'),
      join(dir, 'x/A.rst'),
      join(dir, 'x/B.rst'),
    ])
    expect(next.articles.map((a) => a.path)).toEqual(['x/A.rst', 'x/A2.rst'])
    const a = next.articles[0]
    expect(a).toMatchObject({ superseded: true, supersededBy: `${next.roots[0].name}/x/A2.rst` })
    expect(a.steps[0].label).toBe('Verificar o passo reescrito.')
    expect(a.steps[1].key).toBe(keyBefore)
    // the old base is untouched
    expect(kb.articles.map((x) => x.path)).toEqual(['x/A.rst', 'x/B.rst'])
    expect(kb.articles[0].superseded).toBe(false)
    // a folder change rescans it
    write('x/sub/C.rst', SCRIPT('Novo'))
    const third = await updateKnowledgeBase(next, [join(dir, 'x/sub')])
    expect(third.articles.map((x) => x.path)).toContain('x/sub/C.rst')
  })
})

describe('watchKnowledge', () => {
  it('reports changed .rst paths once, debounced, and ignores hidden files', async () => {
    write('w/A.rst', SCRIPT('A'))
    const batches: string[][] = []
    const watcher = watchKnowledge([dir], (paths) => batches.push(paths), { debounceMs: 150 })
    await new Promise((r) => setTimeout(r, 500))
    write('w/A.rst', SCRIPT('A mudado'))
    write('w/B.rst', SCRIPT('B'))
    write('w/.oculto.rst', SCRIPT('oculto'))
    write('w/nota.txt', 'x')
    const deadline = Date.now() + 5000
    while (!batches.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    await new Promise((r) => setTimeout(r, 400))
    await watcher.close()
    const all = batches
      .flat()
      .map((p) => p.slice(dir.length + 1))
      .sort()
    expect(all).toEqual(['w/A.rst', 'w/B.rst'])
  })
})
