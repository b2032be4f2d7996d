/**
 * A ticket recorded by the CLI over pen-wiki with the first checklist derivation (the fixture
 * was written before the derivation changed) opens with its done steps and notes in place.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import type { Article, KnowledgeBase } from '../../core/knowledge/types'
import { checklistView } from '../../core/tickets/checklist'
import { migrateTicket } from '../../core/tickets/schema'
import type { Ticket } from '../../core/tickets/types'
import { loadKnowledgeBase } from '../knowledge/load'

const corpus = corpusDir()
if (corpus.missing) console.warn(`skipping the step-key migration test: ${corpus.missing}`)
const FIXTURE = resolve(
  import.meta.dirname,
  '../../../tests/fixtures/tickets/recorded-before-step-kinds.json',
)

/** The fixture's ids name the corpus folder "pen-wiki"; KB_CORPUS may name it otherwise. */
function withRoot(ticket: Ticket, root: string): Ticket {
  const rename = (id: string) => id.replace(/^pen-wiki\//u, `${root}/`)
  return {
    ...ticket,
    articles: ticket.articles.map(rename),
    steps: Object.fromEntries(Object.entries(ticket.steps).map(([id, s]) => [rename(id), s])),
  }
}

describe.skipIf(!corpus.dir)('tickets recorded with the first checklist derivation', () => {
  let kb: KnowledgeBase
  let ticket: Ticket
  const article = (name: string): Article => kb.articles.find((a) => a.path.includes(name))!

  beforeAll(async () => {
    kb = await loadKnowledgeBase([corpus.dir as string])
    ticket = withRoot(migrateTicket(JSON.parse(readFileSync(FIXTURE, 'utf8'))), kb.roots[0].name)
  })

  it('keeps every done step and every note, on a current step or shown apart', () => {
    for (const id of ticket.articles) {
      const view = checklistView(ticket, kb.byId.get(id)!)
      const recorded = Object.values(ticket.steps[id])
      const shown = [...view.steps, ...view.orphans]
      const notes = shown.flatMap((s) => s.note.split('\n')).filter(Boolean)
      for (const state of recorded.filter((s) => s.note)) expect(notes).toContain(state.note)
      const doneBefore = recorded.filter((s) => s.done).length
      const doneAfter = shown.filter((s) => s.done).length
      // Two old steps that became one current step count once.
      expect(doneAfter).toBeGreaterThan(0)
      expect(doneAfter).toBeLessThanOrEqual(doneBefore)
    }
  })

  it('moves old keys to the current steps that hold their text', () => {
    const unblock = checklistView(ticket, article('Tramita_GOV_BR/Desbloquear_Processo.rst'))
    expect(unblock.orphans).toEqual([])
    const backup = unblock.steps.find((s) => s.note === 'Backup feito antes do update')!
    expect(backup.done).toBe(true)
    expect(unblock.steps.find((s) => s.note === 'DBA do órgão executou')).toMatchObject({
      kind: 'precaution',
      done: true,
    })
    // The SQL step of the old checklist is now the detail of the step that asks for it.
    const sql = unblock.steps.find((s) => /sta_estado='0'/u.test(s.detail))!
    expect(sql.done).toBe(true)

    const stats = checklistView(ticket, article('Erro_no_modulo_estatistica_do_SEI'))
    const ask = stats.steps.find((s) => /seguintes informações/u.test(s.text))!
    expect(ask).toMatchObject({ done: true, note: 'Logs anexados ao chamado' })
    expect(stats.orphans).toEqual([])

    const status5 = checklistView(ticket, article('Processo_parado_no_Status_5.rst'))
    expect(
      status5.steps.find((s) => s.note === 'Log do monitoramento pedido ao órgão'),
    ).toMatchObject({
      done: true,
      condition: expect.stringMatching(/remetente/u),
    })
    expect(status5.steps.find((s) => s.note === 'Remetente não respondeu ainda')).toMatchObject({
      done: false,
    })
  })

  it('shows what the article no longer has apart, with its recorded label and note', () => {
    const seed = checklistView(
      ticket,
      article('Ambientes_diferentes_utilizando_o_mesmo_certificado'),
    )
    const all = [...seed.steps, ...seed.orphans]
    expect(all.filter((s) => s.done)).toHaveLength(2)
    for (const orphan of seed.orphans) expect(orphan.label.length).toBeGreaterThan(10)
  })
})
