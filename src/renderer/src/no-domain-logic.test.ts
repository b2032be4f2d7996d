// The renderer shows what the API computes and keeps no rule of its own: search, reply filling,
// NUP checks, exports, progress and steps-done text live in src/core and reach the UI through
// the API. This test fails when such code comes back into src/renderer.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = import.meta.dirname

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(path)
    return /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/** What must not appear in the renderer's code, and why. */
const CHECKS: { name: string; pattern: RegExp }[] = [
  // Only the contract, its client, the link resolvers (core/knowledge/links: how an article's
  // images and wiki links are addressed) and type-only imports may come from the core.
  {
    name: 'a value import from src/core other than the API contract and client',
    pattern:
      /^import\s+(?!type\b)[^']*?from\s+'(?:\.\.\/)+core\/(?!api\/(?:contract|client)'|knowledge\/links')/m,
  },
  { name: 'search: a search library', pattern: /\b(?:lunr|minisearch|fuse\.js|flexsearch)\b/i },
  { name: 'search: accent folding', pattern: /normalize\(\s*['"]NFK?D['"]\s*\)/ },
  { name: 'search: scoring or ranking', pattern: /\b(?:score|rank)\s*[+*]=|\.sort\(.*\bscore\b/ },
  {
    name: 'reply filling: template marks replaced in the UI',
    pattern: /\[nome do usu|\(Nome do atendente\)|\.replace\([^)]*(?:token|placeholder)/i,
  },
  { name: 'reply filling: core reply functions', pattern: /\b(?:fillReply|stepsDoneText)\b/ },
  { name: 'NUP: a NUP pattern or check', pattern: /\\d\{5\}|\\d\{15\}|validateNup|mod11|mod97/ },
  {
    name: 'export: building files in the UI',
    pattern: /csv-stringify|papaparse|text\/csv|exportTicketFile|\.join\(\s*['"];['"]\s*\)/,
  },
  {
    name: 'progress: counting steps done in the UI',
    pattern:
      /\.filter\(\s*\(?\s*\w+\s*\)?\s*=>[^)]*\.done\b|countStepsDone|summarizeTicket|checklistView/,
  },
]

describe('the renderer keeps no domain logic', () => {
  const files = sources(ROOT)

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  for (const check of CHECKS)
    it(`has no ${check.name}`, () => {
      const found = files
        .filter((file) => check.pattern.test(readFileSync(file, 'utf8')))
        .map((file) => relative(ROOT, file))
      expect(found).toEqual([])
    })

  it('catches each kind of code it looks for (the checks can fail)', () => {
    const samples = [
      "import { fillReply } from '../../../core/tickets/reply'",
      "import lunr from 'lunr'",
      "const f = s.normalize('NFD')",
      'hits.sort((a, b) => b.score - a.score)',
      "text.replace('[nome do usuário]', name)",
      'stepsDoneText(ticket, article)',
      String.raw`const NUP = /^\d{5}\.\d{6}\/\d{4}-\d{2}$/`,
      "rows.join(';')",
      'steps.filter((s) => states[s.key]?.done).length',
    ]
    samples.forEach((sample, i) => expect(CHECKS[i].pattern.test(sample), sample).toBe(true))
  })

  it('keeps every source file under 300 lines, except the message bundles', () => {
    const long = [
      ...files,
      ...readdirSync(join(ROOT, 'styles')).map((f) => join(ROOT, 'styles', f)),
    ]
      .filter(
        (file) =>
          !file.includes(`${join('src', 'i18n')}`) && !/i18n[\\/]/.test(relative(ROOT, file)),
      )
      .filter((file) => readFileSync(file, 'utf8').split('\n').length > 300)
      .map((file) => relative(ROOT, file))
    expect(long).toEqual([])
  })
})
