import { describe, expect, it } from 'vitest'
import { isWikiUrl, knowledgeImagePath } from './links'

describe('knowledge links', () => {
  it('resolves images from the article folder, or from the root with a leading slash', () => {
    expect(knowledgeImagePath('a/b/page.rst', 'img/x.png')).toBe('a/b/img/x.png')
    expect(knowledgeImagePath('a/b/page.rst', '../../_static/x%20y.png')).toBe('_static/x y.png')
    expect(knowledgeImagePath('a/b/page.rst', '/_static/x.png')).toBe('_static/x.png')
  })

  it('refuses URLs and paths that leave the root', () => {
    expect(knowledgeImagePath('a/page.rst', 'https://x/y.png')).toBeNull()
    expect(knowledgeImagePath('a/page.rst', '../../etc/passwd')).toBeNull()
    expect(knowledgeImagePath('a/page.rst', '')).toBeNull()
  })

  it('knows a published-wiki page link', () => {
    expect(isWikiUrl('https://wiki.processoeletronico.gov.br/pt-br/latest/A/B.html#x')).toBe(true)
    expect(isWikiUrl('https://example.gov.br/A/B.html')).toBe(false)
  })
})
