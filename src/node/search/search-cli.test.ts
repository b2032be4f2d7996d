import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runKb } from '../../../tests/support/kb-cli'
import { makeKnowledgeDir } from './testing-kb'

const kb = runKb

describe('kb search', () => {
  const { knowledge, data } = makeKnowledgeDir()
  const common = ['--knowledge', knowledge, '--data-dir', data]

  it('--json prints {query, results: [{id, path, title, score, snippet, section}]}', async () => {
    const { code, stdout } = await kb([
      'search',
      'gearman',
      'parado',
      '--json',
      '--limit',
      '1',
      ...common,
    ])
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.query).toBe('gearman parado')
    expect(out.results).toHaveLength(1)
    expect(out.results[0]).toMatchObject({
      path: 'Scripts_Atendimento/Tramita_GOV_BR/Gearman_parado.rst',
      title: 'Fila do gearman parada',
      section: expect.any(String),
      snippet: expect.stringContaining('gearman'),
    })
    expect(typeof out.results[0].id).toBe('string')
    expect(out.results[0].score).toBeGreaterThan(0)
  })

  it('prints a numbered list for people', async () => {
    const { code, stdout } = await kb(['search', 'certificado', ...common])
    expect(code).toBe(0)
    expect(stdout).toMatch(
      / 1\. Certificado vencido no ambiente\n {4}Scripts_Atendimento\/Tramita_GOV_BR\/Certificado_vencido.rst/,
    )
  })

  it('--batch answers one query per line, empty lines included, in order', async () => {
    const file = join(data, '..', 'queries.txt')
    writeFileSync(file, 'gearman\n\ncertificado vencido\nerro: C:\\Users ~2 *\n')
    const { code, stdout } = await kb(['search', '--batch', file, '--json', ...common])
    expect(code).toBe(0)
    const out = JSON.parse(stdout) as { query: string; results: { title: string }[] }[]
    expect(out.map((o) => o.query)).toEqual([
      'gearman',
      '',
      'certificado vencido',
      'erro: C:\\Users ~2 *',
    ])
    expect(out[0].results[0].title).toBe('Fila do gearman parada')
    expect(out[1].results).toEqual([])
    expect(out[2].results[0].title).toBe('Certificado vencido no ambiente')
  })

  it.each([
    [['search', ...common]],
    [['search', 'x', '--limit', '0', ...common]],
    [['search', 'x', '--limit', 'abc', ...common]],
    [['search', 'x', '--bogus', ...common]],
    [['search', 'x', '--batch', 'f.txt', ...common]],
  ])('exits 2 on bad arguments: %j', async (args) => {
    const { code, stderr } = await kb(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^kb: /)
  })

  it('exits 1 when the batch file cannot be read', async () => {
    const { code, stderr } = await kb(['search', '--batch', join(data, 'missing.txt'), ...common])
    expect(code).toBe(1)
    expect(stderr).toContain('cannot read')
  })
})
