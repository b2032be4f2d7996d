import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveConfinedFile } from './confined-file'
import { isSafeExternalUrl } from './url-policy'

let base: string
let root: string
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'roteiro-confine-'))
  root = join(base, 'root')
  mkdirSync(join(root, '_static', 'images'), { recursive: true })
  writeFileSync(join(root, '_static', 'images', 'a b.png'), 'png')
  writeFileSync(join(base, 'secret.txt'), 'secret')
  symlinkSync(join(base, 'secret.txt'), join(root, 'link-out.txt'))
  symlinkSync(join(root, '_static'), join(root, 'link-in'))
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('resolveConfinedFile', () => {
  it('finds files inside the root, percent-decoded', async () => {
    expect(await resolveConfinedFile(root, '_static/images/a%20b.png')).toMatch(/a b\.png$/)
    expect(await resolveConfinedFile(root, 'link-in/images/a%20b.png')).toMatch(/a b\.png$/)
  })

  it.each([
    '../secret.txt',
    '_static/../../secret.txt',
    '%2e%2e/secret.txt',
    '%2E%2E%2Fsecret.txt',
    '..%5csecret.txt',
    '/etc/passwd',
    '%2fetc%2fpasswd',
    'C:%5cWindows',
    'link-out.txt',
    '_static',
    '',
    'x%00.png',
    '%E0%A4%A',
    'missing.png',
  ])('refuses %s', async (path) => {
    expect(await resolveConfinedFile(root, path)).toBeNull()
  })
})

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://wiki.processoeletronico.gov.br/pt-br/latest/x.html#a', true],
    ['http://intranet/x', true],
    ['mailto:suporte@example.org', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://knowledge/0/x', false],
    ['https://user:pw@evil.example', false],
    ['https://a b.example', false],
    ['not a url', false],
    ['smb://server/share', false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected)
  })
})
