import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemorySettingsStore, createSettingsStore, describeRecovery } from './settings-store'
import { DEFAULT_SETTINGS } from './defaults'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roteiro-settings-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('createSettingsStore', () => {
  it('starts from the defaults and writes config.json in the data folder', () => {
    const dir = tempDir()
    const store = createSettingsStore({ dataDir: dir })
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    expect(store.get().greeting).toBe('Prezado(a)')
    expect(store.get().closing).toBe('Atenciosamente,')
    expect(store.get().language).toBe('pt-BR')
    expect(store.path).toBe(join(dir, 'config.json'))
    store.update({ agentName: 'Ana', theme: 'dark' })
    const onDisk = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))
    expect(onDisk.agentName).toBe('Ana')
    expect(createSettingsStore({ dataDir: dir }).get().theme).toBe('dark')
    expect(store.recovery).toBeNull()
  })

  it('moves a corrupt file aside instead of dropping it, and reports it', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'config.json'), '{"agentName": "Ana", oops')
    const store = createSettingsStore({ dataDir: dir, now: () => new Date('2025-01-02T03:04:05Z') })
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    expect(store.recovery?.resetKeys).toEqual(['*'])
    const backup = store.recovery!.backupPath
    expect(backup).toBe(join(dir, 'config.json.corrupt-2025-01-02T03-04-05-000Z'))
    expect(readFileSync(backup, 'utf8')).toBe('{"agentName": "Ana", oops')
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toHaveLength(1)
  })

  it('keeps valid keys of a partly invalid file, backs it up and resets the rest', () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ agentName: 'Rui', theme: 'pink', knowledgeRoots: ['/kb'] }),
    )
    const store = createSettingsStore({ dataDir: dir })
    expect(store.get().agentName).toBe('Rui')
    expect(store.get().knowledgeRoots).toEqual(['/kb'])
    expect(store.get().theme).toBe('system')
    expect(store.recovery?.resetKeys).toEqual(['theme'])
    expect(existsSync(store.recovery!.backupPath)).toBe(true)
  })

  it('uses the opener it is given (a test double of the file)', () => {
    const dir = tempDir()
    const fake = { path: join(dir, 'config.json'), store: { ...DEFAULT_SETTINGS } }
    const open = vi.fn(() => fake)
    const store = createSettingsStore({ dataDir: dir, open })
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ cwd: dir, configName: 'config' }))
    store.update({ hotkey: 'Alt+F9' })
    expect(fake.store.hotkey).toBe('Alt+F9')
  })
})

describe('settings files from elsewhere', () => {
  it('accepts a file saved with a UTF-8 BOM, as it is, without a reset', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'config.json'), '\uFEFF' + JSON.stringify({ agentName: 'Bia' }))
    const store = createSettingsStore({ dataDir: dir })
    expect(store.get().agentName).toBe('Bia')
    expect(store.recovery).toBeNull()
    store.update({ theme: 'dark' })
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).agentName).toBe('Bia')
    expect(readdirSync(dir)).toEqual(['config.json'])
  })

  it('words a reset for every host, naming the kept copy', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'config.json'), '{oops')
    const store = createSettingsStore({ dataDir: dir })
    const path = store.recovery!.backupPath
    expect(describeRecovery(store.recovery)).toContain(path)
    expect(describeRecovery(store.recovery, 'en')).toMatch(/reset to the defaults.*kept at/)
    expect(describeRecovery(null)).toBeNull()
  })
})

describe('createMemorySettingsStore', () => {
  it('notifies listeners, ignores undefined patch keys and de-duplicates roots', () => {
    const store = createMemorySettingsStore()
    const seen: string[] = []
    const off = store.onChange((s) => seen.push(s.language))
    store.update({ language: 'en', agentName: undefined })
    expect(store.get().agentName).toBe('')
    store.setKnowledgeRoots(['/a', '/a', '/b'])
    expect(store.get().knowledgeRoots).toEqual(['/a', '/b'])
    off()
    store.update({ language: 'pt-BR' })
    expect(seen).toEqual(['en', 'en'])
  })
})
