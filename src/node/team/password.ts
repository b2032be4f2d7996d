/**
 * Where the team password is kept. Desktop: encrypted with Electron's safeStorage (the main
 * process passes its vault in). CLI and browser mode: the ROTEIRO_TEAM_PASSWORD environment
 * variable, or a file only its owner can read (0600). The password is never logged nor returned
 * by the API.
 */
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { writeFileAtomic } from '../fs/atomic-write'
import { teamDir } from './replica'

export const PASSWORD_ENV = 'ROTEIRO_TEAM_PASSWORD'

export interface PasswordVault {
  readonly kind: 'safe-storage' | 'file' | 'environment'
  read(): Promise<string | null>
  /** Stores (or, with null, forgets) the password. */
  write(password: string | null): Promise<void>
}

/** Thrown when a password file may be read by others. */
export class PasswordFileError extends Error {
  override name = 'PasswordFileError'
}

/** Reads a password file, refusing one that group or others can read (POSIX). */
export async function readPasswordFile(file: string): Promise<string> {
  const info = await stat(file)
  if (process.platform !== 'win32' && (info.mode & 0o077) !== 0)
    throw new PasswordFileError(
      `O arquivo de senha ${file} pode ser lido por outros usuários; use chmod 600 ${file}.`,
    )
  return (await readFile(file, 'utf8')).replace(/\r?\n$/, '')
}

/** The 0600 file in the data folder (CLI and browser mode). */
export function fileVault(dataDir: string): PasswordVault {
  const file = join(teamDir(dataDir), 'password')
  return {
    kind: 'file',
    async read() {
      try {
        return await readPasswordFile(file)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async write(password) {
      if (password === null) return rm(file, { force: true })
      await mkdir(dirname(file), { recursive: true })
      await writeFileAtomic(file, password)
      await chmod(file, 0o600)
    },
  }
}

/** The environment variable, when set; otherwise the fallback vault. */
export function environmentOr(fallback: PasswordVault, env = process.env): PasswordVault {
  const fromEnv = env[PASSWORD_ENV]
  if (!fromEnv) return fallback
  return {
    kind: 'environment',
    read: async () => fromEnv,
    write: (password) => fallback.write(password),
  }
}

/** What the desktop's vault needs of Electron's safeStorage (faked in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

/** The desktop vault: the password encrypted by the operating system's keychain. */
export function safeStorageVault(safeStorage: SafeStorageLike, dataDir: string): PasswordVault {
  const file = join(teamDir(dataDir), 'password.enc')
  return {
    kind: 'safe-storage',
    async read() {
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
      return safeStorage.decryptString(Buffer.from(text.trim(), 'base64'))
    },
    async write(password) {
      if (password === null) return rm(file, { force: true })
      if (!safeStorage.isEncryptionAvailable())
        throw new PasswordFileError(
          'O sistema não oferece armazenamento seguro de senhas; use a variável ROTEIRO_TEAM_PASSWORD.',
        )
      await mkdir(dirname(file), { recursive: true })
      await writeFileAtomic(file, safeStorage.encryptString(password).toString('base64'))
      await chmod(file, 0o600)
    },
  }
}
