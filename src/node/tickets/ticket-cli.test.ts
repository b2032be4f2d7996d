/** End-to-end tests of `kb ticket` / `kb tickets` (spawned like a user runs them). */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Ticket } from '../../core/tickets/types'
import { runKb } from '../../../tests/support/kb-cli'
import { ticketFileName } from './file-name'

const KB = resolve(import.meta.dirname, '__fixtures__/kb')
const ARTICLE = 'kb/Scripts_Atendimento/Teste/Certificado_em_dois_ambientes.rst'
const STUB = 'kb/Scripts_Atendimento/Teste/Resposta_em_construcao.rst'

let work: string
let data: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'roteiro-cli-'))
  data = join(work, 'data')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const kb = (...args: string[]) => runKb(args, { defaultDataDir: join(work, 'default-data') })
const d = () => ['--data-dir', data]
const k = ['--knowledge', KB]

function snapshot(dir: string): Record<string, number> {
  const folder = join(dir, 'tickets')
  return Object.fromEntries(readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs]))
}

describe('kb ticket / kb tickets', () => {
  it('opens, checks steps, replies, exports, closes, lists and re-imports', async () => {
    let r = await kb(
      'ticket',
      'open',
      '2026/000123',
      '--requester',
      'Maria Conceição',
      '--org',
      'Órgão X',
      '--json',
      ...d(),
    )
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({
      number: '2026/000123',
      requester: 'Maria Conceição',
      status: 'open',
    })

    r = await kb(
      'ticket',
      'step',
      '2026/000123',
      ARTICLE,
      '1',
      '--done',
      '--note',
      'ambiente de homologação',
      ...d(),
      ...k,
    )
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('passo 1 "Descobrir qual ambiente recebeu o processo." feito (1/4)')

    r = await kb('ticket', 'show', '2026/000123', '--json', ...d())
    const shown = JSON.parse(r.stdout) as Ticket
    expect(shown.articles).toEqual([ARTICLE])
    expect(Object.values(shown.steps[ARTICLE])).toEqual([
      expect.objectContaining({
        done: true,
        note: 'ambiente de homologação',
        label: 'Descobrir qual ambiente recebeu o processo.',
      }),
    ])

    r = await kb(
      'ticket',
      'reply',
      '2026/000123',
      ARTICLE,
      '--set',
      'protocol=95190.000148/2021-01',
      ...d(),
      ...k,
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Prezado\(a\) Maria Conceição,/)
    expect(r.stdout).toContain(
      'chamado de número 2026/000123, o processo 95190.000148/2021-01 foi localizado',
    )
    r = await kb(
      'ticket',
      'reply',
      '2026/000123',
      ARTICLE,
      '--html',
      '--set',
      'protocol=95190.000148/2021-09',
      ...d(),
      ...k,
    )
    expect(r.stdout).toContain('href="https://example.gov.br/ajuda?a=1&amp;b=2"')
    expect(r.stderr).toMatch(/verificadores/)
    r = await kb('ticket', 'reply', '2026/000123', STUB, ...d(), ...k)
    expect(r.stderr).toMatch(/ainda não tem modelo de resposta/)
    expect(r.stdout).not.toMatch(/Constru/)

    const md = join(work, 'c.md')
    r = await kb('ticket', 'export', '2026/000123', '--format', 'md', '--out', md, ...d(), ...k)
    expect(r.code).toBe(0)
    expect(readFileSync(md, 'utf8')).toMatch(
      /- \[x\] Descobrir qual ambiente recebeu o processo\. — \d\d\/\d\d\/\d{4} \d\d:\d\d — ambiente de homologação/,
    )
    r = await kb('ticket', 'export', '2026/000123', '--format', 'csv', ...d(), ...k)
    expect(r.stdout.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<Record<string, string>>(r.stdout.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data
    expect(rows.map((row) => [row.passo_indice, row.feito, row.solicitante])).toEqual([
      ['0', 'não', 'Maria Conceição'],
      ['1', 'sim', 'Maria Conceição'],
      ['2', 'não', 'Maria Conceição'],
      ['3', 'não', 'Maria Conceição'],
    ])
    r = await kb('ticket', 'export', '2026/000123', '--format', 'html', ...d(), ...k)
    expect(r.stdout).toContain('<h1>Chamado 2026/000123</h1>')

    await kb('ticket', 'open', 'B-2', '--requester', '<script>alert(1)</script>', ...d())
    r = await kb('ticket', 'close', '2026/000123', ...d())
    expect(r.code).toBe(0)
    r = await kb('tickets', 'list', '--json', ...d())
    const list = JSON.parse(r.stdout) as { number: string; status: string }[]
    expect(list.map((t) => [t.number, t.status]).sort()).toEqual([
      ['2026/000123', 'closed'],
      ['B-2', 'open'],
    ])

    // single and bulk JSON exports re-import into an empty folder as the same tickets
    const bulk = join(work, 'all.json')
    await kb('tickets', 'export', '--format', 'json', '--out', bulk, ...d())
    const single = join(work, 'one.json')
    await kb('ticket', 'export', 'B-2', '--format', 'json', '--out', single, ...d())
    const empty = join(work, 'empty')
    r = await kb('tickets', 'import', bulk, '--data-dir', empty)
    expect(r.stdout).toContain('importados: 2 novo(s), 0 atualizado(s), 0 sem mudança')
    r = await kb('tickets', 'import', single, '--data-dir', empty)
    expect(r.stdout).toContain('0 novo(s), 0 atualizado(s), 1 sem mudança')
    // An export is recorded on the ticket after its file is written, so the copy read back from
    // the file is the ticket as it was just before (no 'exported' event of that export).
    const beforeExport = (t: Ticket) => {
      const at = t.history.findLastIndex((e) => e.type !== 'exported')
      return { ...t, updatedAt: t.history[at].at, history: t.history.slice(0, at + 1) }
    }
    for (const number of ['2026/000123', 'B-2']) {
      const a = JSON.parse((await kb('ticket', 'show', number, '--json', ...d())).stdout) as Ticket
      const b = await kb('ticket', 'show', number, '--json', '--data-dir', empty)
      if (number === 'B-2') expect(a.history.at(-1)).toMatchObject({ type: 'exported' })
      expect(JSON.parse(b.stdout)).toEqual(beforeExport(a))
    }
    r = await kb('tickets', 'export', '--format', 'csv', '--since', '2000-01-01', ...d(), ...k)
    const csvRows = Papa.parse<Record<string, string>>(r.stdout.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data
    // B-2 has no article: one row of its own, so no ticket is left out of the file.
    // Rows come most recently changed ticket first; which one that is depends on the exports above.
    expect(csvRows.map((row) => row.chamado).sort()).toEqual([
      ...Array(4).fill('2026/000123'),
      'B-2',
    ])
  }, 120_000)

  it('links and unlinks an article, keeping the steps recorded on it', async () => {
    await kb('ticket', 'open', 'L-1', ...d())
    let r = await kb('ticket', 'link', 'L-1', ARTICLE, ...d(), ...k)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('vinculado')
    await kb('ticket', 'step', 'L-1', ARTICLE, '0', '--done', ...d(), ...k)
    r = await kb('ticket', 'unlink', 'L-1', ARTICLE, '--json', ...d())
    expect(r.code, r.stderr).toBe(0)
    const t = JSON.parse(r.stdout) as Ticket
    expect(t.articles).toEqual([])
    expect(Object.values(t.steps[ARTICLE]).some((s) => s.done)).toBe(true)
    expect(t.history.map((e) => e.type)).toEqual([
      'opened',
      'article-linked',
      'step-checked',
      'article-unlinked',
    ])
    expect((await kb('ticket', 'link', 'L-1', ...d())).code).toBe(2)
    expect((await kb('ticket', 'link', 'L-1', 'kb/nao/existe.rst', ...d(), ...k)).code).toBe(1)
  }, 120_000)

  it('refuses unknown tickets, bad numbers, unknown articles and steps: exit 1, nothing written', async () => {
    await kb('ticket', 'open', 'E-1', ...d())
    const before = snapshot(data)
    const cases = [
      ['ticket', 'step', 'NOPE', ARTICLE, '0', '--done'],
      ['ticket', 'step', 'bad number!', ARTICLE, '0', '--done'],
      ['ticket', 'step', 'E-1', 'kb/nao/existe.rst', '0', '--done'],
      ['ticket', 'step', 'E-1', ARTICLE, '7', '--done'],
      ['ticket', 'show', 'NOPE'],
      ['ticket', 'close', 'NOPE'],
      ['ticket', 'open', 'x'.repeat(41)],
    ]
    for (const args of cases) {
      const r = await kb(...args, ...d(), ...k)
      expect(r.code, args.join(' ')).toBe(1)
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
    }
    expect(snapshot(data)).toEqual(before)
    expect((await kb('ticket', 'step', 'E-1', ARTICLE, '0', ...d())).code).toBe(2)
    expect((await kb('ticket', 'frobnicate', ...d())).code).toBe(2)
    expect((await kb('tickets', 'export', '--format', 'xml', ...d())).code).toBe(2)
  }, 120_000)

  it('lists the other tickets when one file is corrupt, keeping its bytes aside', async () => {
    const dir = join(work, 'corrupt')
    await kb('ticket', 'open', 'OK-1', '--data-dir', dir)
    const bad = join(dir, 'tickets', ticketFileName('BAD-1'))
    writeFileSync(bad, '{ not json')
    const r = await kb('tickets', 'list', '--json', '--data-dir', dir)
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as { number: string }[]).map((t) => t.number)).toEqual(['OK-1'])
    expect(r.stderr).toMatch(/danificado/)
    const aside = readdirSync(join(dir, 'tickets')).filter((f) => f.includes('.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dir, 'tickets', aside[0]), 'utf8')).toBe('{ not json')
  }, 60_000)
})
