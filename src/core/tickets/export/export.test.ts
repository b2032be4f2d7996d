import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import Papa from 'papaparse'
import { makeArticle, step } from '../__fixtures__/articles'
import { closeTicket, createTicket, setNotes, setStep } from '../model'
import type { Ticket } from '../types'
import { ticketsInRange } from './bulk'
import { CSV_COLUMNS, ticketsToCsv } from './csv'
import { backupTicketsFile, exportTicketFile, exportTicketsFile } from './files'
import { ticketToHtml } from './html'
import { planImport, mergeTickets } from './import'
import { parseTicketsJson, ticketsToJson } from './json'
import { ticketToMarkdown } from './markdown'

const TZ = { timeZone: 'America/Sao_Paulo' }
const article = makeArticle()
const lookup = (id: string) => (id === article.id ? article : undefined)

function clock(start = '2026-11-26T13:31:00.000Z') {
  let t = Date.parse(start)
  return () => new Date((t += 60_000))
}

function sample(number = '3201224'): Ticket {
  const now = clock()
  let t = createTicket(
    { number, requester: 'Maria da Conceição', organization: 'Órgão "Alfa", Brasília' },
    now,
  )
  t = setStep(t, article, { stepKey: 'passo-1', done: true, note: 'status 6, confirmado' }, now)
  t = setStep(t, article, { stepKey: 'passo-3', done: true }, now)
  // a step that later left the article
  const older = makeArticle({ steps: [...article.steps, step(3, 'Passo antigo', 'antigo')] })
  t = setStep(t, older, { stepKey: 'antigo', done: true, note: 'linha 1\nlinha 2' }, now)
  return setNotes(t, 'Usuário retorna amanhã.', now)
}

describe('Markdown export', () => {
  it('lists steps with times and notes, orphans apart, and notes', () => {
    const md = ticketToMarkdown(sample(), lookup, TZ)
    expect(md).toContain('# Chamado 3201224')
    expect(md).toContain('- Solicitante: Maria da Conceição')
    expect(md).toContain('- Situação: aberto')
    expect(md).toContain('## Certificado em dois ambientes')
    expect(md).toContain(
      '- [x] Confirmar o status do trâmite — 26/11/2026 10:34 — status 6, confirmado',
    )
    expect(md).toContain('- [ ] Identificar o ambiente que recebeu\n')
    expect(md).toMatch(
      /Passos que não estão mais no artigo:\n\n- \[x\] Passo antigo — .* — linha 1 linha 2/,
    )
    expect(md).toContain('## Anotações\n\nUsuário retorna amanhã.')
  })
  it('keeps steps of an article that is gone', () => {
    const md = ticketToMarkdown(sample(), () => undefined, TZ)
    expect(md).toContain(`## Artigo ${article.id} (não encontrado)`)
    expect(md).toContain('- [x] Confirmar o status do trâmite')
    expect(md).toContain('- [x] Passo antigo')
  })
})

describe('CSV export', () => {
  it('gives a ticket without articles (or an article without steps) one row, alone and in bulk', () => {
    const now = clock()
    const bare = createTicket({ number: '777', requester: 'Ana', organization: 'Órgão B' }, now)
    const noSteps = makeArticle({ id: 'kb/sem-passos.rst', steps: [] })
    const linked = createTicket({ number: '778', articleIds: [noSteps.id] }, now)
    const find = (id: string) => (id === noSteps.id ? noSteps : lookup(id))
    const rows = (csv: string) =>
      Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows(ticketsToCsv([bare], find, TZ))).toEqual([
      expect.objectContaining({ chamado: '777', solicitante: 'Ana', artigo_id: '', passo: '' }),
    ])
    const bulk = rows(ticketsToCsv([bare, linked, sample()], find, TZ))
    expect(bulk.filter((r) => r.chamado === '777')).toHaveLength(1)
    expect(bulk.filter((r) => r.chamado === '778')).toEqual([
      expect.objectContaining({ artigo_id: noSteps.id, passo: '' }),
    ])
    expect(bulk.filter((r) => r.chamado === '3201224').length).toBeGreaterThan(1)
  })

  it('is RFC 4180 with a BOM, one row per step, accents intact', () => {
    const csv = ticketsToCsv([sample()], lookup, TZ)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain('\r\n')
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS])
    expect(parsed.data).toHaveLength(4)
    expect(parsed.data[0]).toEqual({
      chamado: '3201224',
      solicitante: 'Maria da Conceição',
      orgao: 'Órgão "Alfa", Brasília',
      artigo_id: article.id,
      artigo_titulo: 'Certificado em dois ambientes',
      passo_indice: '0',
      passo_chave: 'passo-1',
      passo: 'Confirmar o status do trâmite',
      feito: 'sim',
      feito_em: '26/11/2026 10:34',
      observacao: 'status 6, confirmado',
    })
    expect(parsed.data.map((r) => [r.passo_indice, r.feito])).toEqual([
      ['0', 'sim'],
      ['1', 'não'],
      ['2', 'sim'],
      ['', 'sim'],
    ])
    expect(parsed.data[3].observacao).toBe('linha 1\nlinha 2')
  })
})

describe('HTML export', () => {
  it('escapes every field and holds no script or event attribute', () => {
    const evil = '<script>alert(1)</script>'
    const now = clock()
    let t = createTicket(
      { number: '1', requester: evil, organization: `"><img src=x onerror=alert(1)>` },
      now,
    )
    const article2 = makeArticle({ title: evil, steps: [step(0, evil)] })
    t = setStep(t, article2, { stepKey: 'passo-1', done: true, note: evil }, now)
    t = setNotes(t, evil, now)
    const html = ticketToHtml(t, () => article2, TZ)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<style>')
    expect(html.match(/<style>/g)).toHaveLength(1)
  })
})

describe('JSON export and import', () => {
  it('round-trips single and bulk exports losslessly', () => {
    const tickets = [sample('1'), closeTicket(sample('2'), clock('2027-01-01T00:00:00Z'))]
    const json = ticketsToJson(tickets, clock())
    const doc = JSON.parse(json)
    expect(doc).toMatchObject({ format: 'roteiro-tickets', version: 1 })
    expect(parseTicketsJson(json)).toEqual({ tickets, errors: [] })
    const plan = planImport(json, () => undefined)
    expect(plan.report).toEqual({ added: 2, updated: 0, skipped: 0, errors: [] })
    expect(plan.write).toEqual(tickets)
    const single = exportTicketFile(tickets[0], 'json', lookup, clock())
    expect(single.filename).toBe('chamado-1.json')
    expect(parseTicketsJson(single.content).tickets).toEqual([tickets[0]])
  })

  it('merges by number without overwriting newer records', () => {
    const base = sample('7')
    const now = clock('2026-12-01T00:00:00Z')
    const newer = setNotes(base, 'versão nova', now)
    const older = setStep(
      base,
      article,
      { stepKey: 'passo-2', done: true },
      clock('2026-11-30T00:00:00Z'),
    )
    // importing an older record over a newer one: fields of the newer stay, nothing is lost
    const plan = planImport(ticketsToJson([older], now), (n) => (n === '7' ? newer : undefined))
    expect(plan.report).toMatchObject({ added: 0, updated: 1, skipped: 0 })
    expect(plan.write[0].notes).toBe('versão nova')
    expect(plan.write[0].steps[article.id]['passo-2'].done).toBe(true)
    expect(plan.write[0].history.length).toBe(newer.history.length + 1)
    // importing the same thing again changes nothing
    const again = planImport(ticketsToJson([plan.write[0]], now), () => plan.write[0])
    expect(again.report).toMatchObject({ added: 0, updated: 0, skipped: 1 })
    expect(again.write).toEqual([])
    expect(mergeTickets(newer, newer)).toEqual(newer)
  })

  it('reports bad files and bad records without dropping the good ones', () => {
    expect(planImport('not json', () => undefined).report.errors[0]).toMatch(/JSON válido/)
    expect(planImport('{"format":"x"}', () => undefined).report.errors[0]).toMatch(
      /roteiro-tickets/,
    )
    expect(
      planImport('{"format":"roteiro-tickets","version":9,"tickets":[]}', () => undefined).report
        .errors[0],
    ).toMatch(/mais nova/)
    const good = sample('9')
    const content = JSON.stringify({
      format: 'roteiro-tickets',
      version: 1,
      exportedAt: 'x',
      tickets: [good, { number: 'bad' }],
    })
    const plan = planImport(content, () => undefined)
    expect(plan.report.added).toBe(1)
    expect(plan.report.errors).toEqual([expect.stringMatching(/^Chamado bad:/)])
  })

  it('property: export JSON → import into empty gives the same tickets', () => {
    const ticketArb = fc
      .record({
        number: fc.stringMatching(/^[A-Za-z0-9./-]{1,40}$/),
        requester: fc.string(),
        organization: fc.string(),
        notes: fc.string(),
        done: fc.array(fc.boolean(), { maxLength: 3 }),
      })
      .map(({ number, requester, organization, notes, done }) => {
        const now = clock()
        let t = createTicket({ number, requester, organization }, now)
        done.forEach(
          (d, i) =>
            (t = setStep(t, article, { stepKey: `passo-${i + 1}`, done: d, note: notes }, now)),
        )
        return setNotes(t, notes, now)
      })
    fc.assert(
      fc.property(
        fc.uniqueArray(ticketArb, { selector: (t) => t.number, maxLength: 5 }),
        (tickets) => {
          const plan = planImport(backupTicketsFile(tickets, clock()).content, () => undefined)
          expect(plan.report.errors).toEqual([])
          const byNumber = (a: Ticket, b: Ticket) => a.number.localeCompare(b.number)
          expect([...plan.write].sort(byNumber)).toEqual([...tickets].sort(byNumber))
        },
      ),
      { numRuns: 50 },
    )
  })
})

describe('bulk range', () => {
  it('selects by updatedAt, inclusive days', () => {
    const a = createTicket({ number: 'a' }, () => new Date('2026-01-01T23:59:00Z'))
    const b = createTicket({ number: 'b' }, () => new Date('2026-01-02T00:00:00Z'))
    const c = createTicket({ number: 'c' }, () => new Date('2026-01-03T12:00:00Z'))
    expect(ticketsInRange([c, b, a], { since: '2026-01-02' }).map((t) => t.number)).toEqual([
      'b',
      'c',
    ])
    expect(ticketsInRange([c, b, a], { until: '2026-01-02' }).map((t) => t.number)).toEqual([
      'a',
      'b',
    ])
    expect(ticketsInRange([c, b, a], {}).map((t) => t.number)).toEqual(['a', 'b', 'c'])
  })
})

describe('CSV injection', () => {
  const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR']
  const cellsOf = (csv: string) =>
    Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1).flat()

  it('prefixes every cell that starts like a formula with a quote, in single and bulk exports', () => {
    const now = clock()
    const tickets = hostile.map((text, i) => {
      let t = createTicket({ number: `H${i}`, requester: text, organization: text }, now)
      t = setStep(t, article, { stepKey: 'passo-1', done: true, note: text }, now)
      return t
    })
    const single = exportTicketFile(tickets[0], 'csv', lookup, now, TZ).content
    const bulk = exportTicketsFile(tickets, 'csv', {}, lookup, now, TZ).content
    for (const csv of [single, bulk]) {
      const cells = cellsOf(csv)
      expect(cells.some((c) => c.startsWith("'"))).toBe(true)
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    }
    const bulkCells = cellsOf(bulk)
    for (const text of hostile) expect(bulkCells).toContain(`'${text}`)
    // ordinary text is left as it is
    expect(cellsOf(exportTicketFile(sample(), 'csv', lookup, now, TZ).content)).toContain(
      'Maria da Conceição',
    )
  })
})
