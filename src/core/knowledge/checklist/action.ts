/**
 * The action a sentence asks for, as written: the span an agent ticks. Scripts wrap their
 * instructions in connectors ("Dessa forma,"), framing ("é necessário que", "sugerimos que")
 * and a trailing reason ("pois …", "visto que …"); the label drops those and keeps the words in
 * between. The step's full text keeps everything.
 */
import { foldText } from '../../text/fold'
import { wordCount } from './inline'

// Connectors that open a sentence and add nothing to what is asked.
const CONNECTOR =
  /^(primeiro|primeiramente|dessa forma|desta forma|desse modo|deste modo|sendo assim|dito isto|dito isso|feito isso|com isso|para isso|em seguida|na sequencia|por fim|por favor|alem disso|ademais|portanto|entretanto|contudo|no entanto|nesse sentido|neste sentido|nesse caso|neste caso|entao|assim|depois|posteriormente|inicialmente|logo|ainda|lembrando que|lembramos que|ressaltamos que|reforcamos que|(enfatizar|ressaltar|destacar|lembrar|reforcar|salientar|frisar) que|observacao|obs|importante|atencao!?|nota)\s*[:,]?\s+/u
// Framing that announces the instruction: what follows it ("que …" or an infinitive) is the
// instruction. "Recomenda-se a atualização" keeps its frame: no action would be left; "Solicitamos
// o log" is itself the instruction (its verb goes in the infinitive).
const FRAME =
  /^((e|sera|se faz|faz-se) (necessari[oa]|precis[oa]|fundamental|imperativo|importante|essencial|recomendad[oa]|indicad[oa])|sugere-se|recomenda-se|deve-se|deve se|devemos|precisamos|basta|favor)(\s+que\s+|\s+(?=[a-z]+(ar|er|ir)(-se)?\b))|^(sugerimos|recomendamos|pedimos|solicitamos|peco|solicito)(\s+que\s+|\s+(?=[a-z]+(ar|er|ir)\b))/u
// A subjunctive of state after "que": "haja um contato", "esteja habilitado".
const STATE = /^(haja|hajam|esteja|estejam|exista|existam|tenha|tenham)\b/u
// A reason after the instruction: the full text keeps it.
const REASON = /,?\s+(pois|visto que|uma vez que|ja que|porque|dado que|haja vista)\s/u
const MIN_WORDS = 3

/** The text folded character by character, so that indexes in it are indexes in the text. */
function foldInPlace(text: string): string {
  return Array.from(text, (c) => {
    const f = foldText(c)
    return f.length === c.length ? f : c
  }).join('')
}

/**
 * A step's text without the connectors it opens with ("Dessa forma, orientamos …" → "Orientamos
 * …"): they tie the sentence to the one before it in the article, which a checklist row is not.
 */
export function withoutConnectors(text: string): string {
  const folded = foldInPlace(text)
  let start = 0
  for (let m = CONNECTOR.exec(folded); m; m = CONNECTOR.exec(folded.slice(start))) {
    if (wordCount(folded.slice(start + m[0].length)) < MIN_WORDS) break
    start += m[0].length
  }
  if (!start) return text
  const rest = text.slice(start)
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}

/**
 * The span of a step's text that says what to do; the whole text when no part of it stands alone.
 * With `keepReason`, a trailing reason stays (for a label that has room for it).
 */
export function actionSpan(text: string, { keepReason = false } = {}): string {
  const folded = foldInPlace(text)
  let start = 0
  let end = text.length
  for (let changed = true; changed;) {
    changed = false
    const rest = folded.slice(start, end)
    const m = CONNECTOR.exec(rest) ?? FRAME.exec(rest)
    const skip = m ? m[0].length : 0
    // "é fundamental que haja um contato": without its frame the state reads as an order.
    const stateLeft = m && !CONNECTOR.test(rest) && STATE.test(rest.slice(skip))
    if (skip && !stateLeft && wordCount(rest.slice(skip)) >= MIN_WORDS) {
      start += skip
      changed = true
    }
  }
  const reason = REASON.exec(folded.slice(start, end))
  if (!keepReason && reason && wordCount(folded.slice(start, start + reason.index)) >= MIN_WORDS)
    end = start + reason.index
  const span = text
    .slice(start, end)
    .trim()
    .replace(/[\s,;:–-]+$/u, '')
  if (span === text.trim()) return text.trim()
  return span.charAt(0).toUpperCase() + span.slice(1)
}
