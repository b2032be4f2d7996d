import { spawnSync } from 'node:child_process'
import { basename, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'

const REPO = resolve(import.meta.dirname, '../../..')
const BUNDLED = resolve(REPO, 'knowledge')

function kb(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kb.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ROTEIRO_DATA_DIR: resolve(REPO, 'out/test-data') },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const corpus = corpusDir()
if (corpus.missing) console.warn(`skipping corpus CLI tests: ${corpus.missing}`)

describe('kb articles | lint | show on the bundled knowledge', () => {
  it('lists the bundled articles as JSON in the agreed shape', () => {
    const { code, stdout } = kb('articles', '--json')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.files).toBeGreaterThanOrEqual(9)
    const scripts = out.articles.filter((a: { kind: string }) => a.kind === 'script')
    expect(scripts.length).toBeGreaterThanOrEqual(7)
    const faqs = out.articles.filter((a: { kind: string }) => a.kind === 'faq')
    expect(faqs).toHaveLength(3)
    for (const a of out.articles) {
      expect(Object.keys(a)).toEqual(
        expect.arrayContaining([
          'id',
          'path',
          'title',
          'kind',
          'date',
          'version',
          'superseded',
          'sections',
          'keywords',
          'responsibility',
          'reply',
          'steps',
        ]),
      )
      expect(Object.keys(a.reply)).toEqual(expect.arrayContaining(['status', 'placeholders']))
    }
    const v2 = out.articles.find(
      (a: { path: string }) =>
        a.path === 'Scripts_Atendimento/Tramita_GOV_BR/Processo_parado_no_status_6.rst',
    )
    expect(v2).toMatchObject({
      date: '2024-09-10',
      version: 2,
      superseded: false,
      responsibility: 'Atendente N2',
    })
    expect(v2.reply).toEqual({
      status: 'ready',
      placeholders: ['Prezado(a)', '[nome do usuário]', '________', '(Nome do atendente)'],
      variants: [''],
    })
    expect(v2.steps).toHaveLength(6)
    expect(v2.checklist.at(-1)).toMatchObject({ kind: 'reply' })
    expect(v2.keywords).toEqual([
      'status 6',
      'certificado digital',
      'processo não recebido',
      'ambiente de homologação',
    ])
    const v1 = out.articles.find((a: { path: string }) => a.path.includes('Revisados/'))
    expect(v1).toMatchObject({ version: 1, superseded: true, supersededBy: `knowledge/${v2.path}` })
    const modern = out.articles.find((a: { path: string }) =>
      a.path.startsWith('Scripts_Atendimento/MODULOS_SEI/'),
    )
    expect(modern).toMatchObject({ template: '2025', product: 'modulos' })
    expect(modern.checklist.map((s: { kind: string }) => s.kind)).toEqual([
      'diagnose',
      'branch',
      'branch',
      'escalate',
      'precaution',
      'reply',
    ])
  })

  it('prints a readable table without --json', () => {
    const { code, stdout } = kb('articles')
    expect(code).toBe(0)
    expect(stdout).toMatch(/KIND\s+DATE/u)
    expect(stdout).toMatch(/articles \(\d+ scripts\) in \d+ files/u)
  })

  it('lints the bundled knowledge clean of errors and broken references', () => {
    const { code, stdout } = kb('lint', '--json')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.files).toBeGreaterThanOrEqual(9)
    for (const p of out.problems)
      expect(Object.keys(p).sort()).toEqual(['code', 'line', 'message', 'path', 'severity'])
    expect(out.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([])
    expect(out.problems.filter((p: { code: string }) => p.code === 'broken-reference')).toEqual([])
    const human = kb('lint')
    expect(human.code).toBe(0)
    expect(human.stdout).toMatch(/\d+ problems \(0 errors, \d+ warnings\)/u)
  })

  it('shows one article with text, the reader tree, steps and fields', () => {
    const id =
      'knowledge/Scripts_Atendimento/Numero_Unico_de_Protocolo_NUP/NUP_invalido_ao_cadastrar_processo.rst'
    const { code, stdout } = kb('show', id, '--json')
    expect(code).toBe(0)
    const view = JSON.parse(stdout)
    expect(view.id).toBe(id)
    expect(view.sections.length).toBeGreaterThanOrEqual(8)
    for (const s of view.sections) {
      expect(typeof s.text).toBe('string')
      expect(Array.isArray(s.blocks)).toBe(true)
    }
    expect(view.steps[0]).toEqual(
      expect.objectContaining({
        key: expect.any(String),
        label: expect.any(String),
        detail: expect.any(String),
        line: expect.any(Number),
      }),
    )
    expect(view.reply.text).toContain('XXXXX.XXXXXX/XXXX-XX')
    expect(view.fields.map((f: { kind: string }) => f.kind)).toEqual([
      'salutation',
      'requester',
      'ticket',
      'protocol',
      'agent',
    ])
    const human = kb('show', id)
    expect(human.code).toBe(0)
    expect(human.stdout).toContain('NUP inválido ao cadastrar processo')
  })

  it('exits 1 on an unknown id and 2 on bad arguments', () => {
    const missing = kb('show', 'knowledge/nao-existe.rst')
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    expect(kb('show').code).toBe(2)
    expect(kb('articles', '--bogus').code).toBe(2)
    const badDir = kb('lint', '--knowledge', resolve(REPO, 'nao-existe'))
    expect(badDir.code).toBe(2)
    expect(badDir.stderr.trim().split('\n')).toHaveLength(1)
  })

  it.skipIf(!corpus.dir)('reads the real corpus', () => {
    const { code, stdout } = kb('articles', '--json', '--knowledge', corpus.dir as string)
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.files).toBe(574)
    expect(out.articles.filter((a: { kind: string }) => a.kind === 'script')).toHaveLength(104)
    const lint = JSON.parse(
      kb('lint', '--json', '--knowledge', corpus.dir as string, '--knowledge', BUNDLED).stdout,
    )
    const bundledFiles = JSON.parse(kb('articles', '--json').stdout).files
    expect(lint.files).toBe(574 + bundledFiles)
    // several roots: problem paths carry the root name
    const prefix = `${basename(corpus.dir as string)}/`
    expect(lint.problems.length).toBeGreaterThan(0)
    expect(lint.problems.every((p: { path: string }) => p.path.startsWith(prefix))).toBe(true)
  })
})
