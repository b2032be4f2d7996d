/**
 * File-system failures of the data folder (a file where a folder should be, a read-only or full
 * disk, missing permissions) turned into ApiErrors with a code and the path, so every host words
 * them for the agent instead of answering "internal error" or printing a stack trace.
 */
import { ApiError, isDataFolderCode, type DataFolderCode } from '../../core/api/contract'

const CODE_OF_ERRNO: Record<string, DataFolderCode> = {
  ENOTDIR: 'data-not-folder',
  EEXIST: 'data-not-folder',
  EISDIR: 'data-not-folder',
  EROFS: 'data-read-only',
  ENOSPC: 'data-disk-full',
  EDQUOT: 'data-disk-full',
  EFBIG: 'data-disk-full',
  EACCES: 'data-permission-denied',
  EPERM: 'data-permission-denied',
}

const MESSAGE: Record<DataFolderCode, (path: string) => string> = {
  'data-not-folder': (path) =>
    `A pasta de dados não pode ser usada: ${path} é um arquivo, não uma pasta. Mova ou renomeie esse arquivo, ou escolha outra pasta de dados.`,
  'data-read-only': (path) =>
    `A pasta de dados está somente leitura: ${path}. Nada foi gravado; escolha uma pasta em que seja possível gravar.`,
  'data-disk-full': (path) =>
    `O disco da pasta de dados está cheio: ${path}. Nada foi perdido; libere espaço e tente de novo.`,
  'data-permission-denied': (path) =>
    `O Roteiro não tem permissão para usar ${path}. Dê acesso ao seu usuário ou escolha outra pasta de dados.`,
}

/** The errno code of a Node file-system error, or '' for anything else. */
export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? ''
}

/** The data-folder ApiError for an error about `path`. */
export function dataFolderApiError(code: DataFolderCode, path: string): ApiError {
  return new ApiError(code, MESSAGE[code](path), { path })
}

/**
 * The data-folder ApiError a file-system error stands for (null when it is not one). `path`
 * defaults to the path the error names.
 */
export function dataFolderError(error: unknown, path?: string): ApiError | null {
  if (error instanceof ApiError) return isDataFolderCode(error.code) ? error : null
  const code = CODE_OF_ERRNO[errnoOf(error)]
  if (!code) return null
  const where = path ?? (error as NodeJS.ErrnoException).path ?? ''
  return dataFolderApiError(code, where)
}

/** Runs `body`; a data-folder file-system error becomes its ApiError, anything else passes. */
export async function asDataFolderErrors<T>(path: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body()
  } catch (error) {
    throw dataFolderError(error, (error as NodeJS.ErrnoException).path ?? path) ?? error
  }
}
