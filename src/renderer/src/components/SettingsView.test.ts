// @vitest-environment happy-dom
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import App from '../App.vue'
import { EN } from '../i18n/en'
import { PT_BR } from '../i18n/pt-BR'
import { closeMemoryApis } from '../test-support/memory-api'
import { mountWithApi, settle } from '../test-support/mount'

const temp: string[] = []
afterEach(async () => {
  document.body.innerHTML = ''
  window.location.hash = ''
  localStorage.clear()
  await closeMemoryApis()
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function openSettings(options: Parameters<typeof mountWithApi>[1] = {}) {
  window.location.hash = '#/settings'
  window.dispatchEvent(new HashChangeEvent('hashchange'))
  const mounted = await mountWithApi(App, options)
  await settle()
  return mounted
}
async function addFolder(
  wrapper: Awaited<ReturnType<typeof openSettings>>['wrapper'],
  dir: string,
) {
  await wrapper.get('#knowledge-path').setValue(dir)
  await wrapper
    .get<HTMLInputElement>('#knowledge-path')
    .element.form!.dispatchEvent(new Event('submit'))
  await settle(80)
}
const errorText = () => [...document.querySelectorAll('.notice-error')].at(-1)?.textContent ?? ''

describe('Settings', () => {
  it('switches theme and language, and they apply to the whole app', async () => {
    const { wrapper, api } = await openSettings()
    expect(wrapper.get('#settings-title').text()).toBe('Configurações')

    await wrapper.get('input[name="theme"][value="dark"]').setValue(true)
    await settle()
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect((await api.api.getSettings({})).theme).toBe('dark')

    await wrapper.get('#set-language').setValue('en')
    await settle()
    expect(wrapper.get('#settings-title').text()).toBe('Settings')
    expect(document.documentElement.lang).toBe('en')
    expect(wrapper.text()).toContain('Knowledge folders')

    await wrapper.get('input[name="theme"][value="light"]').setValue(true)
    await settle()
    expect(document.documentElement.dataset.theme).toBe('light')
  })

  it('tells a missing folder from a file and refuses a relative path, in words', async () => {
    const { wrapper } = await openSettings()
    const base = mkdtempSync(join(tmpdir(), 'roteiro-settings-'))
    temp.push(base)
    writeFileSync(join(base, 'artigo.rst'), 'x')
    await addFolder(wrapper, base)
    expect(wrapper.text()).toContain(base)

    await addFolder(wrapper, join(base, 'nada'))
    expect(errorText()).toContain('não existe')
    await addFolder(wrapper, join(base, 'artigo.rst'))
    expect(errorText()).toContain('é um arquivo, não uma pasta')
    await addFolder(wrapper, 'relativa/kb')
    expect(errorText()).toContain('caminho relativo')
    expect(document.querySelectorAll('.notice').length).toBeLessThanOrEqual(3)
  })

  it('words a host error in English with no Portuguese from the host', async () => {
    const { wrapper } = await openSettings({ settings: { language: 'en' } })
    await settle()
    await addFolder(wrapper, '/no/such/folder/here')
    const text = errorText()
    expect(text).toContain('does not exist')
    const portuguese = [PT_BR.error['not-found'], 'A pasta não existe', 'Detalhe']
    for (const phrase of portuguese) expect(text).not.toContain(phrase)
    expect(text).toContain(EN.error['not-found'])
  })

  it('keeps a value pasted right after tabbing out of another field, and saves it', async () => {
    const { wrapper, api } = await openSettings()
    const agent = wrapper.get('#set-agent')
    const greeting = wrapper.get('#set-greeting')
    await agent.trigger('focus')
    await agent.setValue('Ana Paula')
    // Tab: the first field loses focus (and saves) while the paste lands in the next one.
    await agent.trigger('blur')
    await greeting.trigger('focus')
    await greeting.setValue('Olá')
    await settle(5)
    await settle(100)
    expect((greeting.element as HTMLInputElement).value).toBe('Olá')
    await settle(700)
    expect((greeting.element as HTMLInputElement).value).toBe('Olá')
    const saved = await api.api.getSettings({})
    expect(saved.agentName).toBe('Ana Paula')
    expect(saved.greeting).toBe('Olá')
  })

  it('opens the help dialog with ? and closes it with Escape', async () => {
    window.location.hash = '#/'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    const { wrapper } = await mountWithApi(App)
    await settle()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }))
    await settle()
    const dialog = wrapper.get('[role="dialog"]')
    expect(dialog.attributes('aria-modal')).toBe('true')
    expect(dialog.text()).toContain('Ctrl+Shift+C')
    await dialog.trigger('keydown', { key: 'Escape' })
    await settle()
    expect(wrapper.find('.shortcuts').exists()).toBe(false)
  })
})
