import { describe, expect, it } from 'vitest'
import { articleId, fnv1a32, textKey } from './ids'

describe('ids', () => {
  it('computes FNV-1a 32-bit', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5)
    expect(fnv1a32('a')).toBe(0xe40c292c)
    expect(fnv1a32('foobar')).toBe(0xbf9cf968)
  })

  it('keys ignore accents, case and spacing', () => {
    expect(textKey('Confirmar o  Status')).toBe(textKey('confirmar o status'))
    expect(textKey('Situação')).toBe(textKey('situacao'))
    expect(textKey('a')).not.toBe(textKey('b'))
    expect(textKey('x')).toMatch(/^[0-9a-z]+$/u)
  })

  it('builds ids with an anchor only when given', () => {
    expect(articleId('kb', 'a/b.rst')).toBe('kb/a/b.rst')
    expect(articleId('kb', 'a/b.rst', 'sec')).toBe('kb/a/b.rst#sec')
  })
})
