import { describe, expect, it } from 'vitest'
import { decodeKnowledgeBytes, decodeWindows1252, normalizeHeading } from './decode'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeKnowledgeBytes', () => {
  it('reads plain UTF-8', () => {
    const r = decodeKnowledgeBytes(utf8('Situação\n~~~~~~~~\n'))
    expect(r).toEqual({ ok: true, text: 'Situação\n~~~~~~~~\n', encoding: 'utf-8' })
  })

  it('drops the UTF-8 BOM and reports it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Órgão')])
    const r = decodeKnowledgeBytes(bytes)
    expect(r.ok && r.text).toBe('Órgão')
    expect(r.ok && r.encoding).toBe('utf-8-bom')
  })

  it('falls back to Windows-1252, including the 0x80–0x9F range', () => {
    // "Ação “padrão” – 5€" in cp1252
    const bytes = new Uint8Array([
      0x41, 0xe7, 0xe3, 0x6f, 0x20, 0x93, 0x70, 0x61, 0x64, 0x72, 0xe3, 0x6f, 0x94, 0x20, 0x96,
      0x20, 0x35, 0x80,
    ])
    const r = decodeKnowledgeBytes(bytes)
    expect(r).toEqual({ ok: true, text: 'Ação “padrão” – 5€', encoding: 'windows-1252' })
  })

  it('keeps undefined cp1252 bytes as their C1 code points', () => {
    expect(decodeWindows1252(new Uint8Array([0x81, 0x8d, 0x41]))).toBe('\u0081\u008dA')
  })

  it('normalizes CRLF and lone CR to LF, and NFD to NFC', () => {
    const r = decodeKnowledgeBytes(utf8(`Linha 1\r\nLinha 2\r${'Solução'.normalize('NFD')}`))
    expect(r.ok && r.text).toBe('Linha 1\nLinha 2\nSolução')
  })

  it('refuses files with NUL bytes as binary', () => {
    const r = decodeKnowledgeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))
    expect(r).toMatchObject({ ok: false, reason: 'binary' })
  })

  it('refuses text dominated by control characters as binary', () => {
    const bytes = new Uint8Array(100).fill(0x01)
    bytes.set(utf8('abc'), 0)
    expect(decodeKnowledgeBytes(bytes)).toMatchObject({ ok: false, reason: 'binary' })
  })

  it('refuses files over maxBytes', () => {
    const r = decodeKnowledgeBytes(utf8('x'.repeat(11)), { maxBytes: 10 })
    expect(r).toMatchObject({ ok: false, reason: 'oversized' })
    expect(decodeKnowledgeBytes(utf8('x'.repeat(10)), { maxBytes: 10 }).ok).toBe(true)
  })

  it('decodes an empty file', () => {
    expect(decodeKnowledgeBytes(new Uint8Array())).toEqual({
      ok: true,
      text: '',
      encoding: 'utf-8',
    })
  })
})

describe('normalizeHeading', () => {
  it('trims NO-BREAK and NARROW NO-BREAK SPACE and NFC-normalizes', () => {
    expect(normalizeHeading('Situação\u202f ')).toBe('Situação')
    expect(normalizeHeading('\u00a0Perfil do usuário\u00a0\t')).toBe('Perfil do usuário')
    expect(normalizeHeading('Solução'.normalize('NFD'))).toBe('Solução')
  })
})
