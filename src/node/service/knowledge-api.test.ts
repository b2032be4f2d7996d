import { afterEach, describe, expect, it, vi } from 'vitest'
import { join } from 'node:path'
import {
  closeFakeServices,
  FAKE_ARTICLE,
  fakeServiceDir,
  startFakeService,
} from './testing/fake-service'

afterEach(closeFakeServices)

describe('knowledge methods', () => {
  it('searches, lists, shows, lints and resolves wiki links', async () => {
    const { ok, call } = await startFakeService()
    const search = (await ok('search', { query: 'certificado', limit: 5 })) as {
      results: { id: string }[]
    }
    expect(search.results.map((r) => r.id)).toEqual([FAKE_ARTICLE])
    expect(await ok('listArticles')).toHaveLength(2)
    expect(((await ok('getArticle', { id: FAKE_ARTICLE })) as { title: string }).title).toMatch(
      /Certificado/,
    )
    expect((await call('getArticle', { id: 'kb/none.rst' })).ok).toBe(false)
    expect(await ok('lintReport')).toMatchObject({ files: 2, problemFiles: 1 })
    expect(await ok('resolveWikiLink', { url: 'https://x/certificado.html' })).toEqual({
      articleId: FAKE_ARTICLE,
      anchor: null,
    })
    expect((await call('search', { query: 3 })).ok).toBe(false)
  })

  it('adds and removes roots through the settings and reports the bundled one', async () => {
    const { ok, call, settings, events, dir } = await startFakeService()
    const extra = fakeServiceDir('roteiro-extra-')
    const status = (await ok('addKnowledgeRoot', { dir: extra })) as {
      roots: { dir: string; bundled: boolean }[]
    }
    expect(status.roots.map((r) => [r.dir, r.bundled])).toEqual([
      [dir, true],
      [extra, false],
    ])
    expect(settings.get().knowledgeRoots).toEqual([extra])
    expect(events.some((e) => e.type === 'knowledge-changed')).toBe(true)
    const missing = await call('addKnowledgeRoot', { dir: join(extra, 'absent') })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await call('removeKnowledgeRoot', { dir })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    await ok('removeKnowledgeRoot', { dir: extra })
    expect(settings.get().knowledgeRoots).toEqual([])
    expect(((await ok('knowledgeStatus')) as { articles: number }).articles).toBe(2)
    expect((await call('addKnowledgeRoot', { dir: '' })).ok).toBe(false)
  })

  it('refreshes the session when the watcher fires, indexing meanwhile', async () => {
    const { ok, backends, events } = await startFakeService()
    await ok('listArticles')
    expect(backends.watchers).toHaveLength(1)
    expect(backends.search.sessions).toHaveLength(1)
    const session = backends.search.sessions[0]
    let release = () => {}
    backends.search.gate = new Promise((r) => (release = r))
    events.length = 0
    backends.watchers[0].fire()
    backends.watchers[0].fire()
    await vi.waitFor(() => expect(session.refreshes).toBe(1))
    expect((await ok('knowledgeStatus')) as { indexing: boolean }).toMatchObject({
      indexing: true,
    })
    // The old index keeps answering while the rebuild runs.
    expect((await ok('search', { query: 'certificado' })) as { results: unknown[] }).toMatchObject({
      results: [{ id: FAKE_ARTICLE }],
    })
    release()
    await vi.waitFor(() => expect(events.map((e) => e.type)).toContain('knowledge-changed'))
    // Two events while one refresh waited: one refresh, one announcement.
    expect(session.refreshes).toBe(1)
    expect(events.filter((e) => e.type === 'knowledge-changed')).toEqual([
      { type: 'knowledge-changed', status: expect.objectContaining({ indexing: false }) },
    ])
    expect(backends.search.sessions).toHaveLength(1)
    expect(((await ok('reloadKnowledge')) as { indexedAt: string }).indexedAt).toBeTruthy()
    expect(session.refreshes).toBe(2)
  })

  it('opens a new session when the roots change and closes the old one', async () => {
    const { ok, backends, dir } = await startFakeService()
    await ok('listArticles')
    const extra = fakeServiceDir('roteiro-extra-')
    const status = (await ok('addKnowledgeRoot', { dir: extra })) as {
      indexing: boolean
      roots: { files: number; problems: number; articles: number }[]
    }
    expect(backends.search.sessions.map((s) => [s.dirs, s.closed])).toEqual([
      [[dir], true],
      [[dir, extra], false],
    ])
    expect(backends.watchers.map((w) => w.dirs)).toEqual([[dir, extra]])
    expect(status.indexing).toBe(false)
    // Per-root counts come from the session's summary (here: the files that gave an article).
    expect(status.roots).toEqual([
      expect.objectContaining({ files: 2, articles: 2, problems: 1 }),
      expect.objectContaining({ files: 0, articles: 0, problems: 0 }),
    ])
    expect(await ok('getArticle', { id: FAKE_ARTICLE })).toMatchObject({ rootIndex: 0 })
    expect(backends.search.sessions[1].refreshes).toBe(0)
  })

  it('announces a swap the session makes on its own', async () => {
    const { ok, backends, events } = await startFakeService()
    await ok('listArticles')
    await vi.waitFor(async () =>
      expect(((await ok('knowledgeStatus')) as { indexing: boolean }).indexing).toBe(false),
    )
    events.length = 0
    await backends.search.sessions[0].refresh()
    await vi.waitFor(() =>
      expect(events).toEqual([{ type: 'knowledge-changed', status: expect.anything() }]),
    )
  })
})
