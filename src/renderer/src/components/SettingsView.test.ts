// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import App from '../App.vue'
import { mountWithFake, settle } from '../test-support/mount'

afterEach(() => {
  document.body.innerHTML = ''
  window.location.hash = ''
})

describe('Settings', () => {
  it('switches theme and language, and they apply to the whole app', async () => {
    window.location.hash = '#/settings'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    const { wrapper, fake } = mountWithFake(App)
    await settle()
    expect(wrapper.get('#settings-title').text()).toBe('Configurações')

    await wrapper.get('input[name="theme"][value="dark"]').setValue(true)
    await settle()
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect((await fake.api.getSettings({})).theme).toBe('dark')

    await wrapper.get('#set-language').setValue('en')
    await settle()
    expect(wrapper.get('#settings-title').text()).toBe('Settings')
    expect(document.documentElement.lang).toBe('en')
    expect(wrapper.text()).toContain('Knowledge folders')

    await wrapper.get('input[name="theme"][value="light"]').setValue(true)
    await settle()
    expect(document.documentElement.dataset.theme).toBe('light')
  })

  it('adds a knowledge folder, shows the lint report, and reports a bad path in words', async () => {
    window.location.hash = '#/settings'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    const { wrapper } = mountWithFake(App)
    await settle()
    await wrapper.get('#knowledge-path').setValue('/srv/kb')
    await wrapper
      .get<HTMLInputElement>('#knowledge-path')
      .element.form!.dispatchEvent(new Event('submit'))
    await settle()
    expect(wrapper.text()).toContain('/srv/kb')
    expect(wrapper.text()).toContain('1 problema')
    await wrapper.get('#knowledge-path').setValue('relativa')
    await wrapper
      .get<HTMLInputElement>('#knowledge-path')
      .element.form!.dispatchEvent(new Event('submit'))
    await settle()
    const alert = document.querySelector('.notice-error')
    expect(alert?.textContent).toContain('Alguns dados não estão certos')
    expect(alert?.textContent).toContain('Pasta inválida')
  })

  it('opens the help dialog with ? and closes it with Escape', async () => {
    window.location.hash = '#/'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    const { wrapper } = mountWithFake(App)
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
