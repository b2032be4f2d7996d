/** The knowledge walk's rule for symbolic links, and lint entries for files it cannot take. */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { knowledgeImagePath } from '../../core/knowledge/links'
import { resolveConfinedFile } from '../service/confined-file'
import { runKb } from '../../../tests/support/kb-cli'
import { loadKnowledgeBase } from './load'

const ARTICLE = (title: string) =>
  `${title}\n${'='.repeat(title.length)}\n\nSolução Sugerida\n~~~~~~~~~~~~~~~~\n\n1. Conferir o painel.\n`

let base: string
let kbDir: string
let outside: string
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'roteiro-walk-'))
  kbDir = join(base, 'kb')
  outside = join(base, 'fora')
  mkdirSync(join(kbDir, 'a', '_static'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(join(kbDir, 'a', 'Dentro.rst'), ARTICLE('2024.01.02-Dentro-V1'))
  writeFileSync(join(kbDir, 'a', '_static', 'f.png'), 'png')
  writeFileSync(join(outside, 'Fora.rst'), ARTICLE('2024.01.02-Fora-V1'))
  writeFileSync(join(outside, 'fora.png'), 'png')
})
afterEach(() => {
  spawnSync('chmod', ['-R', 'u+rwX', base])
  rmSync(base, { recursive: true, force: true })
})

describe('symbolic links in a knowledge folder', () => {
  it('are followed inside the folder and not out of it, for .rst files and images alike', async () => {
    symlinkSync(outside, join(kbDir, 'a', 'pasta-fora'))
    symlinkSync(join(outside, 'Fora.rst'), join(kbDir, 'a', 'Fora.rst'))
    symlinkSync(join(kbDir, 'a'), join(kbDir, 'atalho'))
    symlinkSync(join(kbDir, 'a', 'Dentro.rst'), join(kbDir, 'Atalho.rst'))
    const kb = await loadKnowledgeBase([kbDir])
    const paths = kb.articles.map((a) => a.path).sort()
    expect(paths).toEqual(['Atalho.rst', 'a/Dentro.rst'])
    expect(paths.some((p) => p.includes('Fora'))).toBe(false)
    const outsideProblems = kb.problems.filter((p) => p.code === 'link-outside').map((p) => p.path)
    expect(outsideProblems.sort()).toEqual(['a/Fora.rst', 'a/pasta-fora'])
    // images follow the same rule, as the hosts serve them
    const image = (uri: string) =>
      resolveConfinedFile(kbDir, knowledgeImagePath('a/Dentro.rst', uri)!)
    expect(await image('pasta-fora/fora.png')).toBeNull()
    expect(await image('_static/f.png')).not.toBeNull()
  })
})

describe('files the walk cannot take', () => {
  it('a name that is not valid UTF-8 becomes a lint problem', async () => {
    const name = Buffer.concat([
      Buffer.from(join(kbDir, 'a') + '/'),
      Buffer.from([0x4e, 0xe3, 0x6f, 0x2e, 0x72, 0x73, 0x74]),
    ])
    writeFileSync(name, ARTICLE('2024.01.02-Nome-V1'))
    const kb = await loadKnowledgeBase([kbDir])
    expect(kb.problems).toContainEqual(
      expect.objectContaining({
        code: 'undecodable-name',
        severity: 'error',
        path: expect.stringMatching(/^a\/N.+o\.rst$/),
      }),
    )
  })

  it('a file the user may not read becomes a lint problem (kb lint)', async () => {
    chmodSync(base, 0o755)
    const locked = join(kbDir, 'a', 'Trancado.rst')
    writeFileSync(locked, ARTICLE('2024.01.02-Trancado-V1'))
    chmodSync(locked, 0o000)
    // root reads anything: run the command as an unprivileged user then.
    const ids = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const run = await runKb(
      ['lint', '--json', '--knowledge', kbDir, '--data-dir', join(base, 'data')],
      { timeout: 120_000, ...ids },
    )
    expect(run, run.stderr).toMatchObject({ code: 0 })
    const report = JSON.parse(run.stdout) as { problems: { path: string; code: string }[] }
    expect(report.problems).toContainEqual(
      expect.objectContaining({ path: 'a/Trancado.rst', code: 'unreadable-file' }),
    )
  }, 120_000)
})
