import { describe, expect, it, vi } from 'vitest'
import { fromBase64, toBase64 } from './base64'
import { CompactIndex } from './compact-index'

const index = new CompactIndex(
  ['title', 'body'],
  ['certific', 'certo', 'cert', 'status_5', 'status_6', 'tramit'].sort(),
  Uint32Array.from([0, 1, 2, 4, 5, 6, 7]),
  Int32Array.from([0, 1, 0, 2, 1, 2, 0]),
  Uint8Array.from([0, 1, 0, 1, 1, 1, 0]),
  Float32Array.from([1, 0.5, 2, 0.25, 1.5, 3, 0.75]),
)

describe('CompactIndex', () => {
  it('finds terms, prefixes and one-edit neighbours', () => {
    expect(index.has('certo')).toBe(true)
    expect(index.has('cer')).toBe(false)
    expect(index.withPrefix('cert')).toEqual(['cert', 'certific', 'certo'])
    expect(index.withPrefix('status_')).toEqual(['status_5', 'status_6'])
    expect(index.withinOneEdit('certa').sort()).toEqual(['cert', 'certo'])
    expect(index.withinOneEdit('tarmit')).toEqual(['tramit'])
  })

  it('round-trips through its JSON form', () => {
    const back = CompactIndex.fromData(JSON.parse(JSON.stringify(index.toData())))
    expect(back.postings('certo')).toEqual(index.postings('certo'))
    expect([...back.postings('certo')!.refs]).toEqual([0, 2])
    expect(back.termCount).toBe(6)
  })

  it('encodes base64 without Buffer too (atob/btoa hosts)', () => {
    const data = Float32Array.from([1.5, -2, 3.25])
    const viaBuffer = toBase64(data)
    vi.stubGlobal('Buffer', undefined)
    try {
      expect(toBase64(data)).toBe(viaBuffer)
      expect([...new Float32Array(fromBase64(viaBuffer))]).toEqual([1.5, -2, 3.25])
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
