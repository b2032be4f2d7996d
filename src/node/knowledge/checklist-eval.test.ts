/**
 * The derived checklists against checklists written by hand from 32 real script articles
 * (tests/fixtures/checklists), scored with the evaluation's rule; prints the numbers beside
 * the first derivation's and a sentence split of the solution's, and holds the target.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { corpusDir } from '../../../tests/support/corpus'
import type { Article, KnowledgeBase } from '../../core/knowledge/types'
import { legacyChecklist } from '../../core/knowledge/checklist/legacy'
import { noiseKind } from '../../core/knowledge/checklist-eval/noise'
import {
  scoreArticle,
  scoreSet,
  type HandChecklist,
  type SetScore,
} from '../../core/knowledge/checklist-eval/score'
import { splitSentences } from '../../core/knowledge/sentences'
import { loadKnowledgeBase } from './load'

const corpus = corpusDir()
if (corpus.missing) console.warn(`skipping checklist evaluation: ${corpus.missing}`)
const SET: HandChecklist[] = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../tests/fixtures/checklists/checklists.json'),
    'utf8',
  ),
)

// A second set, written the same way from 30 other script articles, never used to write a rule:
// it shows how the derivation does on articles it was not developed on.
const HELD_OUT: HandChecklist[] = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../tests/fixtures/checklists2/checklists.json'),
    'utf8',
  ),
)

type Derive = (article: Article) => string[]

// A step is scored by its full text: what the agent reads when the row is opened. The label the
// row shows is the action span of that text (at most 200 characters); it is scored beside it.
const derivations: Record<string, Derive> = {
  current: (a) => a.steps.map((s) => s.text),
  'current, labels': (a) => a.steps.map((s) => s.label),
  'first derivation': (a) =>
    legacyChecklist(a.sections).map((s) => `${s.label.replace(/…$/u, '')} ${s.detail}`),
  'sentence split': (a) =>
    splitSentences(a.sections.find((s) => s.role === 'solution')?.text ?? ''),
}

const situationOf = (a: Article) =>
  a.sections
    .filter((s) => s.role === 'situation' || s.role === 'when')
    .map((s) => s.text)
    .join('\n')

// Two halves (even and odd places in the set): rules are written against one and checked on the
// other, so that a rule fitted to single articles shows as a gap between them.
const HALVES: Record<string, HandChecklist[]> = {
  'current, half A': SET.filter((_, i) => i % 2 === 0),
  'current, half B': SET.filter((_, i) => i % 2 === 1),
}

function evaluate(
  kb: KnowledgeBase,
  derive: Derive,
  entries: HandChecklist[] = SET,
): SetScore & { noise: number } {
  let noisy = 0
  const scores = entries.map((entry) => {
    const article = kb.articles.find((a) => a.path === entry.path && !a.superseded)
    if (!article) throw new Error(`evaluation article not in the corpus: ${entry.path}`)
    const derived = derive(article)
    const score = scoreArticle(
      entry.path,
      derived,
      entry.steps.map((s) => s.label),
    )
    noisy += score.unmatched.filter((t) => noiseKind(t, situationOf(article))).length
    return score
  })
  const set = scoreSet(scores)
  return { ...set, noise: set.derived ? noisy / set.derived : 0 }
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/** True when every word of `label` but its infinitives is a whole word of `text`, in the text's order. */
function wordsInOrder(label: string, text: string): boolean {
  const all = words(text)
  let at = 0
  for (const w of words(label)) {
    if (/(ar|er|ir|pôr)$/u.test(w) && !all.includes(w)) continue
    at = all.indexOf(w, at) + 1
    if (at === 0) return false
  }
  return true
}

const fmt = (n: number) => n.toFixed(2)
const TARGET_F1 = 0.8
// What the derivation measures today, less a margin: a regression guard, not the target.
// Labels (what `steps` gives older consumers) are held to the same level as the text.
const FLOOR = { f1: 0.63, precision: 0.63, labelsF1: 0.62 }

describe.skipIf(!corpus.dir)('checklists against the hand-written set', () => {
  let kb: KnowledgeBase
  beforeAll(async () => {
    kb = await loadKnowledgeBase([corpus.dir as string])
  })

  let current: SetScore & { noise: number }
  it('prints the scores beside the baselines and holds the measured floor', () => {
    const results = [
      ...Object.entries(derivations).map(([name, derive]) => [name, evaluate(kb, derive)] as const),
      ...Object.entries(HALVES).flatMap(([name, half]) => [
        [name, evaluate(kb, derivations.current, half)] as const,
        [
          name.replace('current', 'labels'),
          evaluate(kb, derivations['current, labels'], half),
        ] as const,
      ]),
    ]
    const rows = results.map(
      ([name, r]) =>
        `${name.padEnd(18)} P ${fmt(r.precision)}  R ${fmt(r.recall)}  F1 ${fmt(r.f1)}  ≥0.6 ${fmt(r.shareAtF1)}  noise ${fmt(r.noise)}  (${r.matched}/${r.derived} derived, ${r.hand} hand-written)`,
    )
    console.info(`checklist evaluation (${SET.length} articles)\n${rows.join('\n')}`)
    // The goal is F1 ≥ TARGET_F1; until it holds the run says so, and FLOOR keeps what was gained.
    console.info(
      `target F1 ≥ ${TARGET_F1}: ${results[0][1].f1 >= TARGET_F1 ? 'reached' : `not reached yet (${fmt(results[0][1].f1)})`}`,
    )
    current = results[0][1]
    if (process.env.CHECKLIST_EVAL_VERBOSE)
      for (const a of current.articles)
        console.info(
          `${fmt(a.f1)} ${a.path}\n  extra: ${a.unmatched.join(' | ')}\n  missed: ${a.missed.join(' | ')}`,
        )
    const baseline = results.find(([name]) => name === 'sentence split')![1]
    expect(current.f1).toBeGreaterThan(baseline.f1)
    expect(current.f1).toBeGreaterThanOrEqual(FLOOR.f1)
    expect(current.precision).toBeGreaterThanOrEqual(FLOOR.precision)
    const labels = results.find(([name]) => name === 'current, labels')![1]
    expect(labels.f1).toBeGreaterThanOrEqual(FLOOR.labelsF1)
    expect(current.noise).toBeLessThanOrEqual(0.05)
  })

  const steps = (part: string) =>
    kb.articles.find((a) => a.path.includes(part) && !a.superseded)!.steps

  it('gives the seed article its real steps in order, the exception path as a branch', () => {
    const seed = steps('Ambientes_diferentes_utilizando_o_mesmo_certificado_digital')
    const at = (re: RegExp) => seed.findIndex((s) => re.test(s.text))
    const order = [
      at(/identificar qual ambiente recebeu/iu),
      at(/desabilitar os agendamentos/iu),
      at(/devolvido para a origem/iu),
      at(/^Somente após sua devolução/u),
    ]
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const exception = seed.filter((s) => s.condition?.startsWith('Para as exceções'))
    expect(exception.map((s) => s.text)).toEqual([
      expect.stringMatching(/novo certificado para o ambiente de produção/u),
      expect.stringMatching(/desbloqueado no órgão de origem/u),
      expect.stringMatching(/enviado novamente para o órgão de destino/u),
    ])
    // Their labels name the actions in the infinitive; the text stays as the article writes it.
    expect(exception.map((s) => s.label)).toEqual([
      'Gerar um novo certificado para o ambiente de produção',
      'Desbloquear o processo no órgão de origem',
      expect.stringMatching(/^Enviar o processo novamente para o órgão de destino/u),
    ])
    expect(seed.find((s) => /devolvido para a origem/u.test(s.text))?.label).toBe(
      'Devolver o processo para a origem, por meio deste.',
    )
    expect(seed.find((s) => /cópia de segurança/u.test(s.text))?.kind).toBe('precaution')
    expect(seed.at(-1)?.kind).toBe('reply')
    expect(seed.some((s) => /^Se o trâmite está no status 6/u.test(s.text))).toBe(false)
  })

  it('keeps the non-steps out: placeholders, field lists, SQL, leads ending in ":"', () => {
    expect(
      steps('Solicitar_informacoes_complementares').some((s) => /'\.{3,}'/u.test(s.text)),
    ).toBe(false)
    const stats = steps('Erro_no_modulo_estatistica_do_SEI')
    expect(stats.some((s) => /^Nome completo;?$/u.test(s.text))).toBe(false)
    expect(stats.find((s) => /seguintes informações/u.test(s.text))?.detail).toContain(
      'Nome completo',
    )
    expect(stats.some((s) => s.kind === 'escalate')).toBe(true)
    const unblock = steps('Tramita_GOV_BR/Desbloquear_Processo.rst')
    for (const s of unblock)
      expect(s.text).not.toMatch(/^(update |Segue exemplo|Os valores de sta_estado)/u)
    expect(unblock.some((s) => s.detail.includes("set sta_estado='0'"))).toBe(true)
    const status5 = steps('Tramita_GOV_BR/Processo_parado_no_Status_5.rst')
    const conditions = new Set(status5.map((s) => s.condition).filter(Boolean))
    expect([...conditions]).toEqual([
      expect.stringMatching(/remetente/u),
      expect.stringMatching(/destinatário/u),
    ])
    // The reply step names the variants; its label writes their shared words once.
    const reply = steps('Cadastramento_de_orgao_Gestor_de_Unidade_Protocolizadora').at(-1)!
    expect(reply.label).toMatch(/Administração Direta ou Indireta\)$/u)
    expect(reply.text).toMatch(/Administração Direta ou Para os casos .* Indireta\)$/u)
    for (const s of kb.articles.flatMap((a) => a.steps)) {
      expect(s.label.length).toBeLessThanOrEqual(201)
      // A label is the text's action: the text's own whole words in their order, but for its
      // opening verb, which it may put in the infinitive (moved before its object in a passive).
      expect(wordsInOrder(s.label.replace(/…$/u, ''), s.text), `${s.label}\n${s.text}`).toBe(true)
    }
  })
  it('prints the held-out set beside the same baselines', () => {
    const rows = Object.entries(derivations).map(([name, derive]) => {
      const r = evaluate(kb, derive, HELD_OUT)
      return `${name.padEnd(18)} P ${fmt(r.precision)}  R ${fmt(r.recall)}  F1 ${fmt(r.f1)}  ≥0.6 ${fmt(r.shareAtF1)}  noise ${fmt(r.noise)}  (${r.matched}/${r.derived} derived, ${r.hand} hand-written)`
    })
    console.info(`held-out checklist set (${HELD_OUT.length} articles)\n${rows.join('\n')}`)
    const current = evaluate(kb, derivations.current, HELD_OUT)
    expect(current.f1).toBeGreaterThan(evaluate(kb, derivations['sentence split'], HELD_OUT).f1)
    expect(current.noise).toBeLessThanOrEqual(0.05)
  })
})
