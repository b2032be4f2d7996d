/**
 * Our text analysis: fold → stop words → stem. Lunr is used only for the Portuguese Snowball
 * stemmer that lunr-languages registers on it (its public API); the index is our own.
 */
import lunr from 'lunr'
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import portuguese from 'lunr-languages/lunr.pt.js'
import { foldAccents as fold } from '../text/fold'

stemmerSupport(lunr)
portuguese(lunr)

/** lunr.pt registers itself on the instance above; typed access to its stemmer. */
const ptStemmer = (lunr as unknown as { pt: { stemmer: (token: lunr.Token) => lunr.Token } }).pt
  .stemmer

/** Snowball's Portuguese stop words, folded (the pipeline sees folded tokens). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a ao aos aquela aquelas aquele aqueles aquilo as ate com como da das de dela delas dele deles ' +
    'depois do dos e ela elas ele eles em entre era eram essa essas esse esses esta estamos estas ' +
    'estava estavam este esteja estejam estejamos estes esteve estive estivemos estiver estivera ' +
    'estiveram estiverem estivermos estivesse estivessem estou foi fomos for fora foram forem ' +
    'formos fosse fossem fui ha haja hajam hajamos hao havemos hei houve isso isto ja lhe lhes mais ' +
    'mas me mesmo meu meus minha minhas muito na nas nem no nos nossa nossas nosso nossos num numa ' +
    'nao o os ou para pela pelas pelo pelos por qual quando que quem se seja sejam sem seria ' +
    'seriam sera serao seu seus somos sou sua suas sao so tambem te tem temos tenha tenham tenho ' +
    'teria teve tinha tinham tive tu tua tuas um uma voce voces vos'
  ).split(' '),
)

/**
 * The Snowball stemmer expects accented Portuguese, but both our index and our queries are
 * folded first (agents type without accents). Folded suffixes stem inconsistently
 * ("configuracao" → "configuraca" but "configuracoes" → "configuraco"), so the common accented
 * endings are restored — and plurals singularized — before stemming; the stem is folded again.
 */
const SUFFIXES: [RegExp, string][] = [
  [/coes$/, 'ção'],
  [/cao$/, 'ção'],
  [/(?:oes|aes|aos)$/, 'ão'],
  [/ao$/, 'ão'],
  [/aveis$/, 'ável'],
  [/iveis$/, 'ível'],
  [/avel$/, 'ável'],
  [/ivel$/, 'ível'],
]
/** A folded pair token ("status_6"): its word is stemmed, its number kept. */
const PAIR = /^(\p{L}+)_(\p{Nd}.*)$/u
const STEM_CACHE = new Map<string, string>()
const MAX_STEM_CACHE = 200_000

/** Stems one folded word (cached: the same words recur across articles and queries). */
export function stemWord(word: string): string {
  const cached = STEM_CACHE.get(word)
  if (cached !== undefined) return cached
  let stemmed = word
  const pair = PAIR.exec(word)
  if (pair) {
    stemmed = `${stemWord(pair[1])}_${pair[2]}`
  } else if (/^\p{L}{3,}$/u.test(word)) {
    let accented = word
    for (const [suffix, replacement] of SUFFIXES) {
      if (suffix.test(accented)) {
        accented = accented.replace(suffix, replacement)
        break
      }
    }
    stemmed = fold(ptStemmer(new lunr.Token(accented, {})).toString())
  }
  if (STEM_CACHE.size < MAX_STEM_CACHE) STEM_CACHE.set(word, stemmed)
  return stemmed
}

/** A stop word, or a pair whose word is one ("de_2024" says no more than "2024"). */
function isStopWord(folded: string): boolean {
  if (STOP_WORDS.has(folded)) return true
  const pair = PAIR.exec(folded)
  return pair !== null && STOP_WORDS.has(pair[1])
}
const WORD_CACHE = new Map<string, string | null>()

/** Normalizes one word the way the index does: folded and stemmed; null for stop words. */
export function analyzeWord(word: string): string | null {
  const cached = WORD_CACHE.get(word)
  if (cached !== undefined) return cached
  const folded = fold(word)
  const result = !folded || isStopWord(folded) ? null : stemWord(folded)
  if (WORD_CACHE.size < MAX_STEM_CACHE) WORD_CACHE.set(word, result)
  return result
}
