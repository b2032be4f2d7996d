import { describe, expect, it } from 'vitest'
import type { Article } from './types'
import { makeArticle } from './testing/make-article'
import { linkVersions, titleKey } from './versions'

function script(id: string, title: string, extra: Partial<Article> = {}): Article {
  return { ...makeArticle({ id, path: `${id}.rst`, title }), ...extra }
}

describe('linkVersions', () => {
  it('keeps the newest version current and links the older ones, newest first', () => {
    const v1 = script('v1', 'Adesão/Dúvida/SEI', { version: 1, date: '2023-07-06' })
    const v3 = script('v3', 'Adesão / Dúvida / SEI', { version: 3, date: '2024-04-05' })
    const v2 = script('v2', 'adesao duvida sei', { version: 2, date: '2024-01-01' })
    const old = script('old', 'Adesão / Dúvida / SEI', { superseded: true })
    expect(linkVersions([v1, v3, v2, old])).toEqual([])
    expect(v3).toMatchObject({
      superseded: false,
      supersededBy: null,
      olderVersions: ['v2', 'v1', 'old'],
    })
    expect(v2).toMatchObject({ superseded: true, supersededBy: 'v3', olderVersions: ['v1', 'old'] })
    expect(v1).toMatchObject({ superseded: true, supersededBy: 'v3' })
    expect(old).toMatchObject({ superseded: true, supersededBy: 'v3', olderVersions: [] })
  })

  it('uses the date when versions tie and reports exact duplicates', () => {
    const a = script('a', 'Erro X', { version: 1, date: '2024-01-01' })
    const b = script('b', 'Erro X', { version: 1, date: '2024-02-01' })
    expect(linkVersions([a, b])).toEqual([])
    expect(a.supersededBy).toBe('b')
    const c = script('c', 'Erro Y', { version: 1, date: '2024-01-01' })
    const d = script('d', 'Erro Y', { version: 1, date: '2024-01-01' })
    const problems = linkVersions([c, d])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'duplicate-title', path: 'd.rst' })
    expect(c.superseded || d.superseded).toBe(false)
  })

  it('ignores non-scripts and normalizes titles', () => {
    const faq = script('f', 'Erro X', { kind: 'faq' })
    const s = script('s', 'Erro X')
    linkVersions([faq, s])
    expect(faq.superseded).toBe(false)
    expect(titleKey('  Erro: X — ok ')).toBe('erro x ok')
  })
})
