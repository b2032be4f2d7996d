import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppProtocolHandler, resolveAppUrl } from './app-protocol'

describe('app:// protocol', () => {
  let base: string
  let places: { uiDir: string; roots: () => string[] }
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'roteiro-proto-'))
    mkdirSync(join(base, 'ui', 'assets'), { recursive: true })
    mkdirSync(join(base, 'kb', '_static'), { recursive: true })
    writeFileSync(join(base, 'ui', 'index.html'), '<p>ui</p>')
    writeFileSync(join(base, 'ui', 'assets', 'a.js'), 'x')
    writeFileSync(join(base, 'kb', '_static', 'f.png'), 'png')
    writeFileSync(join(base, 'kb', 'a.rst'), 'rst')
    writeFileSync(join(base, 'secret.png'), 'secret')
    symlinkSync(join(base, 'secret.png'), join(base, 'kb', '_static', 'out.png'))
    places = { uiDir: join(base, 'ui'), roots: () => [join(base, 'kb')] }
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('serves the UI and knowledge images', async () => {
    expect(await resolveAppUrl('app://ui/index.html', places)).toMatch(/index\.html$/)
    expect(await resolveAppUrl('app://ui/', places)).toMatch(/index\.html$/)
    expect(await resolveAppUrl('app://ui/assets/a.js', places)).toMatch(/a\.js$/)
    expect(await resolveAppUrl('app://knowledge/0/_static/f.png', places)).toMatch(/f\.png$/)
    const res = await createAppProtocolHandler(places)({ url: 'app://ui/index.html' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    'app://ui/../secret.png',
    'app://ui/%2e%2e/secret.png',
    'app://ui/%2E%2E%2Fsecret.png',
    'app://knowledge/0/../secret.png',
    'app://knowledge/0/%2e%2e/secret.png',
    'app://knowledge/0/..%5csecret.png',
    'app://knowledge/0/%2Fetc%2Fpasswd',
    'app://knowledge/0//etc/passwd',
    'app://knowledge/0/_static/out.png',
    'app://knowledge/0/a.rst',
    'app://knowledge/1/_static/f.png',
    'app://knowledge/x/_static/f.png',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('404 for %s', async (url) => {
    expect(await resolveAppUrl(url, places)).toBeNull()
    const res = await createAppProtocolHandler(places)({ url })
    expect(res.status).toBe(404)
  })
})
