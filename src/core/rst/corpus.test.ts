import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import { decodeKnowledgeBytes } from '../text/decode'
import { parseRst } from './parse'
import { renderHtml, renderText } from './index'
import type { Block } from './types'

const corpus = corpusDir()
if (corpus.missing) console.warn(`skipping rst corpus tests: ${corpus.missing}`)

const SEED =
  'Scripts_Atendimento/Tramita_GOV_BR/Ambientes_diferentes_utilizando_o_mesmo_certificado_digital.rst'

function rstFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.rst'))
    .map((f) => join(dir, f))
}

describe('real knowledge base (pen-wiki)', () => {
  it.skipIf(corpus.missing !== null)('decodes and parses every .rst file without throwing', () => {
    const dir = corpus.dir as string
    const files = rstFiles(dir)
    expect(files.length).toBeGreaterThan(500)
    let parseMs = 0
    let bytes = 0
    const codes = new Map<string, number>()
    for (const file of files) {
      const raw = readFileSync(file)
      bytes += raw.length
      const decoded = decodeKnowledgeBytes(raw)
      expect(decoded.ok, relative(dir, file)).toBe(true)
      if (!decoded.ok) continue
      const t0 = performance.now()
      const doc = parseRst(decoded.text)
      parseMs += performance.now() - t0
      expect(
        doc.problems.filter((p) => p.code === 'reader-failure'),
        relative(dir, file),
      ).toEqual([])
      renderHtml(doc.children)
      renderText(doc.children)
      for (const p of doc.problems) codes.set(p.code, (codes.get(p.code) ?? 0) + 1)
    }
    console.info(
      `pen-wiki: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB parsed in ${parseMs.toFixed(0)} ms; problems ${JSON.stringify(Object.fromEntries(codes))}`,
    )
  })

  it.skipIf(corpus.missing !== null)(
    'reads the seed article as a title section with level-2 sections',
    () => {
      const text = readFileSync(join(corpus.dir as string, SEED), 'utf8')
      const doc = parseRst(text)
      expect(doc.children).toHaveLength(1)
      const top = doc.children[0] as Extract<Block, { type: 'section' }>
      expect(top.type).toBe('section')
      expect(top.level).toBe(1)
      const subs = top.children.filter((b) => b.type === 'section')
      expect(subs.map((s) => s.level)).toEqual(subs.map(() => 2))
      expect(subs.map((s) => s.titleText)).toEqual([
        'Situação',
        'Quando Ocorre',
        'Solução Sugerida',
        'Modelo de Resposta para Chamados',
        'Atribuições e responsabilidades',
        'Perfil do usuário',
        'Palavras-chave',
        'Referências',
      ])
      expect(subs[0].anchor).toBe('situacao')
      const reply = renderText([subs[3]])
      expect(reply).toContain('agendamentos¹')
      expect(reply).toMatch(/\n¹ O SEI/)
    },
  )
})
