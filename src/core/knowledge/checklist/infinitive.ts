/**
 * Labels in the infinitive, the form a checklist in Portuguese names its actions in ("Desabilitar
 * os agendamentos", "Verificar se …"). Articles write the imperative ("Desabilite"), a directive
 * in the first person ("Orientamos que", "Solicito ao órgão") or the subjunctive ("o processo seja devolvido"); the label puts that opening verb in the
 * infinitive and keeps every other word as written. A modal frame with its subject ("o atendente
 * deve solicitar") keeps its subject: who acts is part of the step.
 *
 * The ending does not always tell the infinitive ("abra" → abrir, "preencha" → preencher): the
 * infinitive is the one the knowledge base itself writes, so the conversion needs its vocabulary
 * and leaves a verb alone when the knowledge base never writes a candidate.
 */
import type { ChecklistStep } from '../types'
import { foldText } from '../../text/fold'
import { opensWithVerb } from './classify'

/** Infinitive-like words of a knowledge base (lower case, accents kept) and how often each occurs. */
export type VerbVocabulary = ReadonlyMap<string, number>

const INFINITIVE_LIKE = /^\p{L}{2,}(ar|er|ir)$|^p[oô]r$/u

/** Adds the infinitive-like words of a text to a vocabulary. */
export function addVerbs(vocabulary: Map<string, number>, text: string): void {
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u))
    if (INFINITIVE_LIKE.test(w)) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1)
}

// Irregular imperatives and participles: a short closed list, as grammar books give it.
const IRREGULAR: Record<string, string> = {
  // First person singular of the directives scripts use: "Solicito ao órgão …".
  solicito: 'solicitar',
  oriento: 'orientar',
  recomendo: 'recomendar',
  sugiro: 'sugerir',
  peco: 'pedir',
  faca: 'fazer',
  facam: 'fazer',
  va: 'ir',
  vao: 'ir',
  de: 'dar',
  deem: 'dar',
  ponha: 'pôr',
  ponham: 'pôr',
  traga: 'trazer',
  tragam: 'trazer',
  diga: 'dizer',
  digam: 'dizer',
  veja: 'ver',
  vejam: 'ver',
  leia: 'ler',
  leiam: 'ler',
  peca: 'pedir',
  pecam: 'pedir',
  ouca: 'ouvir',
  saiba: 'saber',
  siga: 'seguir',
  sigam: 'seguir',
  consiga: 'conseguir',
  perca: 'perder',
  tenha: 'ter',
  venha: 'vir',
}
// Irregular participles ("seja feito", "seja aberto"): a closed list too.
const IRREGULAR_PARTICIPLE: Record<string, string> = {
  feito: 'fazer',
  aberto: 'abrir',
  escrito: 'escrever',
  visto: 'ver',
  posto: 'pôr',
  dito: 'dizer',
  coberto: 'cobrir',
  entregue: 'entregar',
  impresso: 'imprimir',
  suspenso: 'suspender',
}
// Compounds of ter, vir and pôr: "mantenha" → manter, "obtenha" → obter, "disponha" → dispor.
const COMPOUND = /^(\p{L}+)(tenha|venha|ponha)m?$/u
const COMPOUND_INFINITIVE: Record<string, string> = { tenha: 'ter', venha: 'vir', ponha: 'por' }
// Words that read like an imperative only before these ("Entre em contato", not "Entre as …").
const PREPOSITION_LIKE: Record<string, RegExp> = { entre: /^(em|no|na|nos|nas|com)$/u }

/** Stems of a subjunctive "-a" form as its infinitive may write them ("insira" → inser-, "corrija" → corrig-). */
function stemVariants(stem: string): string[] {
  const out = new Set([stem])
  if (stem.endsWith('ç')) out.add(`${stem.slice(0, -1)}c`)
  if (stem.endsWith('j')) out.add(`${stem.slice(0, -1)}g`)
  if (stem.endsWith('g')) out.add(`${stem}u`)
  for (const s of [...out]) {
    // The stem's last vowel may open in the infinitive: "sirva" → servir, "durma" → dormir.
    const m = /^(.*)([iu])([^aeiou]*)$/u.exec(s)
    if (m) out.add(`${m[1]}${m[2] === 'i' ? 'e' : 'o'}${m[3]}`)
  }
  return [...out]
}

/** Infinitives a verb form may come from, by its ending (imperative, subjunctive or participle). */
function candidates(form: string): string[] {
  const folded = foldText(form)
  if (IRREGULAR[folded]) return [IRREGULAR[folded]]
  const compound = COMPOUND.exec(form)
  if (compound) return [`${compound[1]}${COMPOUND_INFINITIVE[foldText(compound[2])]}`]
  // "Orientamos que …": the first person plural tells its conjugation by its vowel.
  const we = /^(\p{L}{2,})(a|e|i)mos$/u.exec(form)
  if (we) return [`${we[1]}${we[2]}r`]
  let m = /^(\p{L}{2,})(e|em)$/u.exec(form)
  if (m) {
    // First conjugation: "verifique" → verificar, "ligue" → ligar, "comece" → começar.
    const stem = m[1].replace(/qu$/u, 'c').replace(/gu$/u, 'g')
    return [`${stem}ar`, ...(stem.endsWith('c') ? [`${stem.slice(0, -1)}çar`] : [])]
  }
  m = /^(\p{L}{2,})(a|am)$/u.exec(form)
  if (m) return stemVariants(m[1]).flatMap((s) => [`${s}er`, `${s}ir`])
  return []
}

/** Infinitives a participle may come from: "gerado" → gerar, "devolvido" → devolver or devolvir. */
function participleCandidates(form: string): string[] {
  const m = /^(\p{L}{2,})(ad|id)(o|a|os|as)$/u.exec(form)
  if (!m) return []
  return m[2] === 'ad' ? [`${m[1]}ar`] : [`${m[1]}er`, `${m[1]}ir`]
}

/**
 * The conjugation the knowledge base's verbs take after the stem's last letters ("devolv-" like
 * resolver and desenvolver → devolver; "deslig-" like ligar → desligar), when the verb itself is
 * not in it: the one option its verbs of that ending take, or null when they take several or none.
 */
function byAnalogy(options: string[], vocabulary: VerbVocabulary): string | null {
  const words = [...vocabulary.keys()]
  const seen = options.map((o) => words.filter((w) => w.endsWith(o.slice(-5))).length)
  const taken = seen.filter((n) => n > 0)
  if (taken.length !== 1 || taken[0] < ANALOGY_MIN) return null
  return options[seen.findIndex((n) => n > 0)]
}
const ANALOGY_MIN = 2

/** The infinitive of a verb form that the knowledge base writes, or null. */
export function infinitiveOf(
  form: string,
  vocabulary: VerbVocabulary,
  participle = false,
): string | null {
  const lower = form.toLowerCase()
  if (vocabulary.has(lower)) return null
  // The closed lists of irregular verbs need no evidence.
  const irregular = (participle ? IRREGULAR_PARTICIPLE : IRREGULAR)[foldText(lower)]
  if (irregular) return irregular
  const all = participle ? participleCandidates(lower) : candidates(lower)
  let best: string | null = null
  for (const c of all) {
    const n = vocabulary.get(c) ?? (c === 'pôr' ? vocabulary.get('por') : undefined) ?? 0
    if (n > 0 && (!best || n > (vocabulary.get(best) ?? 0))) best = c
  }
  if (best) return best
  // "-a" forms and "-ido" participles: second or third conjugation.
  if (all.length >= 2 && all[0].endsWith('er') && all[1].endsWith('ir'))
    return byAnalogy(all.slice(0, 2), vocabulary)
  // "-e" forms: the first conjugation's imperative, or the present of the second or third.
  const e = /^(\p{L}{2,})e$/u.exec(lower)
  if (e && all[0]?.endsWith('ar')) return byAnalogy([all[0], `${e[1]}er`, `${e[1]}ir`], vocabulary)
  return null
}

const raise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** The word written with the case of the one it replaces: "Verifique" → "Verificar", "SOLICITE" → "SOLICITAR". */
function inCaseOf(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase()
  return model.charAt(0) === model.charAt(0).toUpperCase()
    ? word.charAt(0).toUpperCase() + word.slice(1)
    : word
}

// A condition opening a label: "Caso …", "Se …", "Quando …", "No caso de …".
const CONDITION = /^(caso|se|quando|em caso|no caso|nos casos|na hipotese)\b/u
// "Orientamos que …", "Orientamos o usuário …": a directive in the first person plural.
const WE = /^\p{L}{3,}(amos|emos|imos)$/u
const I_DIRECTIVE = /^(solicito|oriento|recomendo|sugiro|peco)$/u
const DIRECTIVE_OBJECT = /^(que|o|a|os|as|ao|aos)$/u
const OPENING = /^(\p{L}+)(-se)?(?=[\s,.;:]|$)/u
// "O processo seja devolvido …", "Seja gerado um novo certificado …": a passive subjunctive.
// "Deve ser aplicado o filtro …": a modal passive with nothing before it.
const MODAL_PASSIVE = /^(deve|devem|deverá|deverão|precisa|precisam)\s+ser\s+(\p{L}+)/iu
const PASSIVE =
  /^((?:(?:o|a|os|as|um|uma|este|esta|esse|essa|seu|sua|seus|suas)\s+[^\s,;:.]+(?:\s+(?:d[aeo]s?|em|n[ao]s?)?\s*[^\s,;:.]+){0,3}\s+)?)(sejam?)\s+(\p{L}+)/iu
/**
 * A label with its opening verb in the infinitive, when it opens with an imperative or a passive
 * subjunctive and the knowledge base writes that infinitive; else the label. A label that opens
 * with its condition ("Caso o usuário …, informe …") has the verb of its action converted.
 */
export function infinitiveLabel(label: string, vocabulary: VerbVocabulary): string {
  if (CONDITION.test(foldText(label))) {
    for (let at = label.indexOf(', '); at > 0; at = label.indexOf(', ', at + 1)) {
      const action = label.slice(at + 2)
      if (!opensWithVerb(foldText(action))) continue
      const converted = actionInInfinitive(action, vocabulary)
      return converted === action
        ? label
        : `${label.slice(0, at + 2)}${converted.charAt(0).toLowerCase()}${converted.slice(1)}`
    }
    return label
  }
  return actionInInfinitive(label, vocabulary)
}

/** An action (a label, or what follows its condition) with its opening verb in the infinitive. */
function actionInInfinitive(label: string, vocabulary: VerbVocabulary): string {
  const modal = MODAL_PASSIVE.exec(label)
  const modalVerb = modal && infinitiveOf(modal[2], vocabulary, true)
  if (modalVerb) return `${raise(modalVerb)}${label.slice(modal[0].length)}`
  const passive = PASSIVE.exec(label)
  if (passive) {
    const verb = infinitiveOf(passive[3], vocabulary, true)
    if (!verb) return label
    const subject = passive[1].trim()
    const object = subject ? ` ${subject.charAt(0).toLowerCase()}${subject.slice(1)}` : ''
    return `${raise(verb)}${object}${label.slice(passive[0].length)}`
  }
  const opening = OPENING.exec(label)
  const next = /^\S+\s+(\S+)/u.exec(foldText(label))?.[1] ?? ''
  const first = foldText(opening?.[1] ?? '')
  const directive = (WE.test(first) || I_DIRECTIVE.test(first)) && DIRECTIVE_OBJECT.test(next)
  if (!opening || !(directive || opensWithVerb(foldText(label)))) return label
  const guard = PREPOSITION_LIKE[foldText(opening[1])]
  if (guard && !guard.test(next)) return label
  const verb = infinitiveOf(opening[1], vocabulary)
  if (!verb) return label
  const rest = label.slice(opening[0].length)
  return `${inCaseOf(verb, opening[1])}${opening[2] ?? ''}${rest}`
}

/** The steps with the labels of derived steps in the infinitive (a maintainer's stay as written). */
export function labelsInInfinitive(
  steps: ChecklistStep[],
  vocabulary: VerbVocabulary,
): ChecklistStep[] {
  return steps.map((s) =>
    s.source === 'article' ? { ...s, label: infinitiveLabel(s.label, vocabulary) } : s,
  )
}
