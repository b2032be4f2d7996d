/**
 * What a sentence of an article is to the agent: an instruction (and of which kind), a
 * condition, or something that is not a step (boilerplate, placeholders, explanation).
 * Rules are written against folded text (no accents, lower case) so that they hold for
 * the ways the knowledge base spells things.
 */
import type { StepKind, StepLink } from '../types'
import { foldText } from '../../text/fold'

// Sentence openers that make what follows conditional: "Caso …", "Se …", "Para os outros SPEs …".
const CONDITION_START =
  /^(caso|se|em caso|no caso|nos casos|na hipotese|quando|para os outros|para as outras|para as excecoes|para os casos|para o caso|para casos|se porventura|havendo|em se tratando|nao havendo)\b/u

// Infinitives and imperatives that open an instruction. Infinitives are matched by their ending
// (below); these are the imperative forms the knowledge base uses and verbs that end otherwise.
const IMPERATIVES = new Set(
  (
    'verifique verifiquem execute executem acesse acessem clique cliquem solicite solicitem informe informem ' +
    'oriente orientem configure configurem consulte consultem adicione adicionem realize realizem envie enviem ' +
    'encaminhe encaminhem aguarde aguardem abra abram selecione selecionem preencha preencham baixe baixem ' +
    'atualize atualizem instale instalem reinicie reiniciem confira confiram valide validem utilize utilizem ' +
    'use usem faca facam entre entrem pe peca pecam altere alterem habilite desabilite remova removam ' +
    'rode rodem insira insiram anexe anexem copie cole reenvie reenviem tramite tramitem crie criem gere ' +
    'acompanhe analise analisem checar checa cheque confirme confirmem mencione indique indiquem ' +
    'favor'
  ).split(' '),
)

// Words ending like infinitives that are not verbs (or not instructions at a sentence start).
const NOT_VERBS = new Set(
  (
    'lugar valor maior menor anterior posterior exterior interior superior inferior melhor pior ' +
    'primeiro par mar ar bar usuar servidor gestor setor leitor autor diretor operador ' +
    'administrador configurador navegador fator erro por ter ser estar haver ir vir dizer fazer'
  ).split(' '),
)
const INFINITIVE = /^([a-z]{3,}(ar|er|ir|or)(-se)?|[a-z]{3,}[aei]-(lo|la|los|las))$/u

// Modal phrases that make a sentence an instruction wherever they sit.
const DIRECTIVES =
  /\b(e necessari[oa]|e preciso|se faz necessari[oa]|faz-se necessari[oa]|e imperativo|sera necessari[oa]|serao necessari[oa]s|e recomendad[oa]|recomenda-se|recomendamos|orientamos|solicitamos|pedimos|sugerimos|sugere-se|deve-se|devemos|devera|deverao|devem ser|deve ser|deve|devem|precisa|precisam|cabe ao|e importante que|e fundamental que|e essencial que|peco que|precisamos|a solucao (sugerida |para o problema |para isso )?e|pode(m)? ser (retirad|obtid|baixad|encontrad|consultad|acessad|solicitad)[oa]s?|pedimos que|solicito|favor|basta|o atendente (ira|vai|precisara)|seria (essencial|necessario|importante|interessante))\b/u
// "deve possuir", "deve estar": a state, not an instruction.
const STATIVE_AFTER_MODAL =
  /\b(deve|devem|devera|deverao|precisa|precisam)\s+(possuir|ter|estar|haver|existir|conter|constar|ocorrer|acontecer|apresentar)\b/u
// "É fundamental que haja um contato …", "é necessário que o agendamento esteja habilitado": what
// must be so, the reason of the step beside it, not something the sentence asks to do.
const STATIVE_NEED =
  /\b(necessari[oa]|precis[oa]|fundamental|essencial|importante|imprescindivel) que (\S+ ){0,3}?(haja|hajam|tenha|tenham|esteja|estejam|exista|existam|possua|possuam)\b/u
// Passive subjunctive instructions: "Seja gerado um novo certificado", "o processo seja desbloqueado".
// "não é necessário", "não precisa": what need not be done is not an instruction.
const NEGATED_MODAL =
  /\bnao (e necessari[oa]|precisa|precisam|necessita|e preciso)\b|^e esperado que\b/u
const SUBJUNCTIVE = /\bsejam? [a-z]+(ad|id)[oa]s?\b/u

const ESCALATION =
  /\b(nivel 3|nivel 2|[23] ?[oº°] nivel|terceiro nivel|segundo nivel|n[23]\b|encaminh\w* (o |este |esse )?(chamado|demanda|informacoes|para a equipe|a equipe|ao n|para outros)|outros niveis|outro nivel|outras instancias|passar o chamado|transferir o chamado|escalar|repassar|reportar a equipe|equipe de desenvolvimento|equipe do pen|po do produto|product owner)/u
const PRECAUTION =
  /\b(back-?up|copia de seguranca|antes de qualquer|antes de realizar|antes de executar|somente apos|so apos|apenas apos|somente depois|nao se deve|nao deve|nao devem|nunca|cuidado|fora do (horario )?comercial|horario fora)/u
const DIAGNOSE =
  /^(verific|checa|cheque|confer|confir|valid|identific|analis|consult|avali|investig|observ|obter|obtenha|colet|examin|diagnost|testar|teste|acompanh|localiz)/u
const ASKS_FOR_DATA =
  /\b(solicit\w*|pedir|peca|requisit\w*)\b.*\b(informac|dados|logs?|print|evidencia|captura|documento|version)/u

// Reply boilerplate: greetings, sign-offs, the closing notice and the portal plug.
const BOILERPLATE =
  /^(prezad|ola\b|bom dia|boa tarde|boa noite|atenciosamente|cordialmente|obrigad|equipe\b|processo eletronico nacional$|informamos ainda que nao havendo|acompanhe nossas|para saber mais|conheca,? tambem|nao havendo mais|fim do processo|respostas? em construcao|nao hesite|fico a disposicao|ficamos a disposicao|estamos a disposicao|permanecemos a disposicao|em caso de duvidas?|para mais informacoes|para maiores informacoes|\(indicar\b|\(nome do atendente\)|\[nome)/u

// The satisfaction-survey plug of a reply, wherever it sits in the sentence.
const SURVEY = /\bpesquisa de (avaliacao|satisfacao)\b/u

// Template placeholders: "Vá para '...'", "[Inserir Informação 01]", "Clique em '....'".
const PLACEHOLDER =
  /(['"‘“]\s*\.{3,}\s*['"’”]|\[\s*inserir\b|\binserir aqui\b|^exemplo:?$|^ex\.?:)/u

/** Folds a sentence and strips the connectors that open it ("Dessa forma,", "Na sequência,"). */
export function sentenceCore(text: string): string {
  // "E caso existam processos travados, …": the "e" only links to the sentence before.
  let s = foldText(text)
    .replace(/^[\s"“'([*·•-]+/u, '')
    .replace(/^e (?=(caso|se|quando)\b)/u, '')
  for (let i = 0; i < 3; i++) {
    const next = s.replace(
      /^(por favor|primeiro|primeiramente|dessa forma|desta forma|para isso|em seguida|na sequencia|por fim|alem disso|nesse sentido|neste sentido|entao|assim|depois|posteriormente|inicialmente|logo|ainda|tambem|observacao|obs|importante|atencao!?|nota)\s*[:,]?\s*/u,
      '',
    )
    if (next === s) break
    s = next
  }
  return s
    .replace(/^(\d+|[a-z])\s*[º°o]?\s*(passo)?\s*[:.)–-]\s*/u, '')
    .replace(/^passo\s*\d+\s*[:.)–-]?\s*/u, '')
}

const firstWord = (s: string) => /^[a-z-]+/u.exec(s)?.[0] ?? ''

// Imperatives outside the list above: a word ending like one ("desligue", "comente", "mate",
// "inclua") followed by what opens an object ("o serviço", "todos os workers").
const IMPERATIVE_ENDING = /^[a-z]{3,}(e|em|a|am)$/u
const OBJECT_OPENER =
  /^(o|a|os|as|um|uma|todos|todas|eventual|eventuais|seu|sua|seus|suas|novamente)$/u
// Words of that shape that open sentences without being verbs.
const NOT_IMPERATIVES = new Set(
  'houve existe existem pode podem deve devem sabe parece ocorre ocorrem acontece permanece aparece aparecem tem vem fica ficam consta constam precisa precisam havia era seria teria estava esteja segue seguem para durante conforme sobre entre desde contra perante mediante segundo abaixo acima agora sempre onde cada toda esse essa este esta nome telefone cidade data hora senha tela ata conta nota pagina'.split(
    ' ',
  ),
)

/**
 * True when a clause after the first opens with a verb, after its connector: "Uma vez
 * identificado o ambiente, verificar …", "As versões atuais causam o erro, assim fazer o downgrade".
 */
export function clauseOpensWithVerb(core: string): boolean {
  return core
    .split(/,\s+/u)
    .slice(1)
    .some((c) => opensWithVerb(c) || opensWithVerb(sentenceCore(c)))
}

/** True when a (folded) clause opens with an infinitive or an imperative. */
export function opensWithVerb(s: string): boolean {
  const w = firstWord(s)
  if (!w || NOT_VERBS.has(w)) return false
  if (IMPERATIVES.has(w) || INFINITIVE.test(w)) return true
  const next = /^[a-z-]+\s+([a-z]+)/u.exec(s)?.[1] ?? ''
  return (
    IMPERATIVE_ENDING.test(w) &&
    !w.endsWith('mente') &&
    !NOT_IMPERATIVES.has(w) &&
    OBJECT_OPENER.test(next)
  )
}

// Verbs ending like infinitives that state a situation rather than ask for an action.
const STATIVE = new Set(
  'estiver tiver puder quiser fizer houver for possuir existir ocorrer aparecer conter constar haver ter ser estar'.split(
    ' ',
  ),
)
const ACTION_INFINITIVE = /^[a-z]{3,}(ar|er|ir)$/u

/**
 * A condition written without its comma ("Caso o usuário solicite a documentação informar o
 * endereço"): the instruction is the infinitive or imperative after the condition's own verb.
 * "Se"/"quando" take the future subjunctive, which reads like an infinitive ("Se o usuário
 * solicitar …"), so the first such word after them is the condition's.
 */
function hasUncommaedAction(s: string): boolean {
  const opener = /^(caso|se|quando|em caso de|no caso de|apos|depois de|antes de)\s/u.exec(s)
  if (!opener || s.includes(', ')) return false
  const words = s.slice(opener[0].length).split(/[^a-z-]+/u)
  // "Após executar os passos analisar …": the first infinitive is the moment's own.
  const moment = /^(apos|depois de|antes de)$/u.test(opener[1])
  let skip =
    opener[1] === 'se' || opener[1] === 'quando' || (moment && INFINITIVE.test(words[0])) ? 1 : 0
  for (const w of words.slice(moment ? 0 : 1)) {
    if (NOT_VERBS.has(w) || STATIVE.has(w)) continue
    const verb = IMPERATIVES.has(w) || ACTION_INFINITIVE.test(w)
    if (!verb) continue
    if (skip > 0 && !IMPERATIVES.has(w)) {
      skip--
      continue
    }
    return true
  }
  return false
}

/** True when a sentence asks the requester for information ("solicite as seguintes informações"). */
export function asksForData(text: string): boolean {
  return ASKS_FOR_DATA.test(sentenceCore(text))
}

// The template's guidance left in place: "(Indicar quem é responsável pelo atendimento …)". Read on
// the text itself, since the core has its opening bracket stripped.
const TEMPLATE_GUIDANCE = /^[\s*]*\((indicar|nome do atendente)\b/u

/** True for greetings, sign-offs, closing notices and template guidance: never a step. */
export function isBoilerplate(text: string): boolean {
  const core = sentenceCore(text)
  return BOILERPLATE.test(core) || SURVEY.test(core) || TEMPLATE_GUIDANCE.test(foldText(text))
}

/** True for template placeholders such as "Vá para '...'" or "[Inserir Informação 01]". */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(foldText(text))
}

/** The conditional clause a sentence opens with ("Caso o usuário …"), or null. */
export function conditionOf(text: string): string | null {
  const core = sentenceCore(text)
  if (CONDITION_START.test(core)) return core
  // "Para certificados A3, pedir …" is a branch; "Para reportar o erro, solicite …" a purpose.
  const forWhom = /^para ([a-z]+)[^,]*,\s*(.+)$/u.exec(core)
  // "Para mais detalhes, consulte …" points to a reference; it is no branch.
  const pointer = forWhom && /^(mais|maiores|outras|demais)$/u.test(forWhom[1])
  if (forWhom && !pointer && !INFINITIVE.test(forWhom[1]) && opensWithVerb(forWhom[2])) return core
  return null
}

/** True when a sentence tells the agent or the requester to do, check or avoid something. */
export function isInstruction(text: string): boolean {
  const s = sentenceCore(text)
  if (!s) return false
  if (opensWithVerb(s)) return true
  // An instruction after the opening clause: "Uma vez identificado o ambiente, verificar …".
  if (clauseOpensWithVerb(s)) return true
  if (hasUncommaedAction(s)) return true
  if (
    DIRECTIVES.test(s) &&
    !STATIVE_AFTER_MODAL.test(s) &&
    !STATIVE_NEED.test(s) &&
    !NEGATED_MODAL.test(s)
  )
    return true
  // "para que o trâmite seja finalizado" is the purpose of a step, not one.
  if (SUBJUNCTIVE.test(s.replace(/\bpara que\b.*$/u, ''))) return true
  return ESCALATION.test(s) || PRECAUTION.test(s)
}

/** True when a sentence hands the ticket to another level or team. */
export function isEscalation(text: string): boolean {
  return ESCALATION.test(sentenceCore(text))
}

/** The kind of an instruction, by what it asks for. */
export function stepKind(text: string, hint: 'caution' | null = null): StepKind {
  const s = sentenceCore(text)
  if (ESCALATION.test(s)) return 'escalate'
  if (PRECAUTION.test(s) || hint === 'caution') return 'precaution'
  if (conditionOf(text)) return 'branch'
  if (DIAGNOSE.test(s) || ASKS_FOR_DATA.test(s)) return 'diagnose'
  return 'act'
}

// Reading verbs and the words that go with them when a sentence only sends the reader to a link.
const POINTER_VERB = /^(veja|ver|vide|consulte|consultar|leia|ler|saiba|confira)$/u
const POINTER_FILLER =
  /^(a|o|as|os|um|uma|de|da|do|das|dos|em|na|no|nas|nos|para|mais|maiores|detalhes|informacoes|aqui|link|abaixo|seguinte|tambem)$/u

/**
 * True for "Veja a página de ajuda." or "Consulte mais informações aqui": a sentence that only
 * points to its links, whose links belong to the step beside it rather than being a step.
 */
export function isLinkPointer(text: string, links: readonly StepLink[]): boolean {
  let rest = text
  for (const link of links) rest = rest.split(link.label).join(' ')
  if (links.length === 0 || rest === text) return false
  const words = foldText(rest)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  return (
    words.length > 0 &&
    POINTER_VERB.test(words[0]) &&
    words.slice(1).every((w) => POINTER_FILLER.test(w))
  )
}
