import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EN } from './en'
import { PT_BR } from './pt-BR'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const pt = flatten(PT_BR as unknown as Tree)
const en = flatten(EN as unknown as Tree)

/** Names that read the same in both languages. */
const SAME_IN_BOTH = new Set([
  'Roteiro',
  'Tramita.GOV.BR',
  'SEI',
  'NUP',
  'Protocolo Integrado',
  'Protocolo.GOV.BR',
  'Script',
  'FAQ',
  'Checklist',
])
// Letters English does not use, and everyday Portuguese words.
const PORTUGUESE =
  /[ãõçáéíóúâêôà]|\b(?:não|nao|você|chamados?|pastas?|artigos?|respostas?|passos?|está|são|também|configurações|erro|encontrado|abrir|copiar)\b/i

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('message bundles', () => {
  it('have the same keys in pt-BR and en, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...pt.keys()].sort())
    expect([...pt].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([])
    expect([...en].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([])
  })

  it('hold no Portuguese in the English bundle', () => {
    const leaks = [...en].filter(([key, value]) => {
      if (SAME_IN_BOTH.has(value)) return false
      // Language names are written in their own language on purpose.
      if (key.startsWith('settings.languages.')) return false
      return value === pt.get(key) && value.length > 3 ? true : PORTUGUESE.test(value)
    })
    expect(leaks).toEqual([])
  })

  it('the check above catches a Portuguese phrase', () => {
    expect(PORTUGUESE.test('A pasta não existe')).toBe(true)
    expect(PORTUGUESE.test('The folder does not exist')).toBe(false)
  })

  it('have every key the code asks for', () => {
    const root = join(import.meta.dirname, '..')
    const missing: string[] = []
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\b(?:t|te|\$t)\(\s*'([a-zA-Z][\w.-]*)'/g))
        if (!pt.has(match[1]) && ![...pt.keys()].some((k) => k.startsWith(`${match[1]}.`)))
          missing.push(`${file.slice(root.length + 1)}: ${match[1]}`)
      for (const match of text.matchAll(/\b(?:info)\(\s*'([a-zA-Z][\w.-]*)'/g))
        if (!pt.has(match[1])) missing.push(`${file.slice(root.length + 1)}: ${match[1]}`)
    }
    expect(missing).toEqual([])
  })
})
