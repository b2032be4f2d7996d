import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import type { Settings } from '../../core/api/types'
import type { SETTINGS_PATCH } from '../../core/api/contract'
import { writeFileAtomicSync } from '../fs/atomic-write'
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, type SettingsKey } from './defaults'

export type SettingsPatch = z.output<typeof SETTINGS_PATCH>

/** What happened to a settings file that could not be used as it was. */
export interface SettingsRecovery {
  /** Where the original file was kept. */
  backupPath: string
  reason: string
  /** Keys reset to their defaults ('*' when the whole file was unreadable). */
  resetKeys: string[]
}

export interface SettingsStore {
  /** The settings file (empty for in-memory stores). */
  readonly path: string
  /** Set when the file on disk was corrupt at start-up and was kept aside. */
  readonly recovery: SettingsRecovery | null
  get(): Settings
  update(patch: SettingsPatch): Settings
  setKnowledgeRoots(roots: string[]): Settings
  onChange(listener: (settings: Settings) => void): () => void
}

/** A settings file as this module uses it (the JSON file itself, or a test double). */
export interface ConfLike {
  readonly path: string
  store: Record<string, unknown>
}

export type OpenConf = (options: {
  cwd?: string
  configName: string
  defaults: Settings
}) => ConfLike

export const SETTINGS_FILE = 'config.json'

type Inspection =
  | { kind: 'missing' | 'ok' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'partial'; reason: string; valid: Partial<Settings>; resetKeys: string[] }

/** The JSON text of a settings file; a UTF-8 BOM (an editor saved it) is accepted. */
function readJsonText(file: string): string {
  const text = readFileSync(file, 'utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Checks the file before it is used: bad JSON is kept aside, never dropped silently. */
function inspect(file: string): Inspection {
  if (!existsSync(file)) return { kind: 'missing' }
  let data: unknown
  try {
    data = JSON.parse(readJsonText(file))
  } catch (error) {
    return { kind: 'unreadable', reason: `invalid JSON: ${(error as Error).message}` }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { kind: 'unreadable', reason: 'the file does not hold a JSON object' }
  const record = data as Record<string, unknown>
  const valid: Partial<Settings> = {}
  const resetKeys: string[] = []
  for (const key of Object.keys(SETTINGS_SCHEMA.shape) as SettingsKey[]) {
    if (!(key in record)) continue
    const parsed = SETTINGS_SCHEMA.shape[key].safeParse(record[key])
    if (parsed.success) (valid as Record<string, unknown>)[key] = parsed.data
    else resetKeys.push(key)
  }
  if (resetKeys.length === 0) return { kind: 'ok' }
  return {
    kind: 'partial',
    reason: `invalid values for ${resetKeys.join(', ')}`,
    valid,
    resetKeys,
  }
}

function backupName(file: string, now: Date): string {
  return `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`
}

/**
 * The settings file `config.json` itself: read once, written whole with the app's one atomic,
 * verified write. Every host (desktop, browser mode, CLI) uses it, so one write path covers all
 * the files the app keeps (conf and electron-store each brought their own atomic write).
 */
function openJsonFile(options: { cwd?: string; configName: string; defaults: Settings }): ConfLike {
  const path = join(options.cwd ?? '.', `${options.configName}.json`)
  let data: Record<string, unknown> = { ...options.defaults }
  if (existsSync(path)) data = { ...data, ...(JSON.parse(readJsonText(path)) as object) }
  return {
    path,
    get store() {
      return data
    },
    set store(next: Record<string, unknown>) {
      writeFileAtomicSync(path, JSON.stringify(next, null, '\t'))
      data = next
    },
  }
}

/** One line for a person about a settings file reset from a corrupt one (null when none was). */
export function describeRecovery(
  recovery: SettingsRecovery | null,
  language: 'pt-BR' | 'en' = 'pt-BR',
): string | null {
  if (!recovery) return null
  const all = recovery.resetKeys.includes('*')
  if (language === 'en')
    return all
      ? `The settings file could not be read and was reset to the defaults; the old file was kept at ${recovery.backupPath}.`
      : `Some settings were invalid (${recovery.resetKeys.join(', ')}) and were reset; the old file was kept at ${recovery.backupPath}.`
  return all
    ? `O arquivo de configurações não pôde ser lido e voltou ao padrão; o arquivo anterior foi guardado em ${recovery.backupPath}.`
    : `Algumas configurações eram inválidas (${recovery.resetKeys.join(', ')}) e voltaram ao padrão; o arquivo anterior foi guardado em ${recovery.backupPath}.`
}

/**
 * Settings in `config.json` in the data folder, for every host. A corrupt file is moved aside as
 * `config.json.corrupt-<timestamp>` and reported through `recovery`, never silently dropped.
 */
export function createSettingsStore(options: {
  dataDir: string
  open?: OpenConf
  now?: () => Date
}): SettingsStore {
  const now = options.now ?? (() => new Date())
  const file = join(options.dataDir, SETTINGS_FILE)
  mkdirSync(options.dataDir, { recursive: true })
  let recovery: SettingsRecovery | null = null
  const found = inspect(file)
  let repaired: Partial<Settings> | null = null
  if (found.kind === 'unreadable') {
    const backupPath = backupName(file, now())
    renameSync(file, backupPath)
    recovery = { backupPath, reason: found.reason, resetKeys: ['*'] }
  } else if (found.kind === 'partial') {
    const backupPath = backupName(file, now())
    copyFileSync(file, backupPath)
    recovery = { backupPath, reason: found.reason, resetKeys: found.resetKeys }
    repaired = found.valid
  }
  if (repaired) {
    // The original is kept aside (copied above); rewrite the file with the valid keys before it
    // is loaded, so the bad values never reach the app.
    writeFileAtomicSync(file, JSON.stringify({ ...DEFAULT_SETTINGS, ...repaired }, null, '\t'))
  }
  const open: OpenConf = options.open ?? openJsonFile
  const conf = open({ cwd: options.dataDir, configName: 'config', defaults: DEFAULT_SETTINGS })
  return storeOver(
    conf.path,
    () => conf.store,
    (next) => (conf.store = next),
    recovery,
  )
}

/** Settings kept in memory only (tests, throwaway hosts). */
export function createMemorySettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  let data: Record<string, unknown> = { ...DEFAULT_SETTINGS, ...initial }
  return storeOver(
    '',
    () => data,
    (next) => (data = next),
    null,
  )
}

function storeOver(
  path: string,
  read: () => Record<string, unknown>,
  write: (next: Record<string, unknown>) => void,
  recovery: SettingsRecovery | null,
): SettingsStore {
  const listeners = new Set<(settings: Settings) => void>()
  const get = (): Settings => {
    const raw = read()
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS }
    for (const key of Object.keys(SETTINGS_SCHEMA.shape) as SettingsKey[]) {
      const parsed = SETTINGS_SCHEMA.shape[key].safeParse(raw[key])
      if (parsed.success) merged[key] = parsed.data
    }
    return merged as unknown as Settings
  }
  const save = (patch: Partial<Settings>): Settings => {
    const next = SETTINGS_SCHEMA.parse({ ...get(), ...patch })
    write({ ...read(), ...next })
    const settings = get()
    for (const listener of listeners) listener(settings)
    return settings
  }
  return {
    path,
    recovery,
    get,
    update: (patch) => {
      const defined = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      ) as Partial<Settings>
      return save(defined)
    },
    setKnowledgeRoots: (roots) => save({ knowledgeRoots: [...new Set(roots)] }),
    onChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
