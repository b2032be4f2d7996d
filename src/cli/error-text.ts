/**
 * How the `kb` command words errors a person can act on: data-folder faults by their code and
 * path in the agent's language (pt-BR, or en when the environment's locale is English), other
 * API errors by their message. Never a stack trace.
 */
import { ApiError, isDataFolderCode, type DataFolderCode } from '../core/api/contract'
import { dataFolderError } from '../node/fs/data-folder-error'

type Language = 'pt-BR' | 'en'

const WORDING: Record<Language, Record<DataFolderCode, (path: string) => string>> = {
  'pt-BR': {
    'data-not-folder': (p) =>
      `a pasta de dados não pode ser usada: ${p} é um arquivo, não uma pasta; mova ou renomeie esse arquivo, ou use --data-dir com outra pasta`,
    'data-read-only': (p) =>
      `a pasta de dados está somente leitura: ${p}; nada foi gravado; use --data-dir com uma pasta em que seja possível gravar`,
    'data-disk-full': (p) =>
      `o disco da pasta de dados está cheio: ${p}; nada foi perdido; libere espaço e tente de novo`,
    'data-permission-denied': (p) =>
      `sem permissão para usar ${p}; dê acesso ao seu usuário ou use --data-dir com outra pasta`,
  },
  en: {
    'data-not-folder': (p) =>
      `the data folder cannot be used: ${p} is a file, not a folder; move or rename that file, or pass --data-dir with another folder`,
    'data-read-only': (p) =>
      `the data folder is read-only: ${p}; nothing was saved; pass --data-dir with a folder you can write to`,
    'data-disk-full': (p) =>
      `the disk holding the data folder is full: ${p}; nothing was lost; free some space and try again`,
    'data-permission-denied': (p) =>
      `permission denied for ${p}; give your user access to it or pass --data-dir with another folder`,
  },
}

/** The language of the CLI's messages: ROTEIRO_LANG, else the locale (en*), else pt-BR. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.ROTEIRO_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? ''
  return /^en\b|^en[_-]/i.test(locale) ? 'en' : 'pt-BR'
}

/** One line for an error a person can act on (an ApiError or a data-folder fault); else null. */
export function errorLine(error: unknown, language: Language = cliLanguage()): string | null {
  const fault = dataFolderError(error)
  if (fault && isDataFolderCode(fault.code))
    return WORDING[language][fault.code](fault.params?.path ?? '')
  if (error instanceof ApiError) return error.message
  return null
}
