// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { useSearchStore } from '../stores/search'
import { mountWithFake, settle } from '../test-support/mount'
import SearchPanel from './SearchPanel.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('SearchPanel', () => {
  it('searches as you type, marks the snippet and selects with the arrows', async () => {
    const { wrapper } = mountWithFake(SearchPanel)
    const input = wrapper.get('#search-input')
    expect(document.activeElement).toBe(input.element)
    await input.setValue('certificado')
    await settle()
    const options = wrapper.findAll('[role="option"]')
    expect(options.length).toBeGreaterThan(0)
    expect(options[0].attributes('aria-selected')).toBe('true')
    expect(options[0].find('mark').exists()).toBe(true)
    expect(input.attributes('aria-activedescendant')).toBe(options[0].attributes('id'))

    await input.setValue('nup')
    await settle()
    await input.setValue('status')
    await settle()
    const titles = wrapper.findAll('.hit-title').map((h) => h.text())
    expect(titles.some((t) => t.includes('Processo entregue'))).toBe(true)
  })

  it('moves the selection with ArrowDown/ArrowUp and emits choose on Enter', async () => {
    const { wrapper } = mountWithFake(SearchPanel)
    const input = wrapper.get('#search-input')
    await input.setValue('processo módulo nup')
    await settle()
    const count = wrapper.findAll('[role="option"]').length
    expect(count).toBeGreaterThan(1)
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(wrapper.findAll('[role="option"]')[1].attributes('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'ArrowUp' })
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(wrapper.findAll('[role="option"]')[count - 1].attributes('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'Enter' })
    const chosen = wrapper.emitted('choose')
    expect(chosen).toHaveLength(1)
    expect((chosen![0][0] as { id: string }).id).toBe(useSearchStore().results[count - 1].id)
  })

  it('drops a slow stale response so the latest query wins', async () => {
    const { wrapper } = mountWithFake(SearchPanel, {
      delayMs: (method, args) =>
        method === 'search' && (args as { query: string }).query === 'nup' ? 150 : 0,
    })
    const input = wrapper.get('#search-input')
    await input.setValue('nup')
    await settle(30)
    await input.setValue('módulo')
    await settle(200)
    const titles = wrapper.findAll('.hit-title').map((h) => h.text())
    expect(titles[0]).toContain('Módulo de assinatura')
    expect(titles.join()).not.toContain('Como validar um NUP')
  })

  it('hides superseded articles unless asked, and marks them', async () => {
    const { wrapper } = mountWithFake(SearchPanel)
    await wrapper.get('#search-input').setValue('antiga')
    await settle()
    expect(wrapper.findAll('[role="option"]')).toHaveLength(0)
    await wrapper.get('.filters input[type="checkbox"]').setValue(true)
    await settle()
    const hit = wrapper.get('[role="option"]')
    expect(hit.classes()).toContain('superseded')
    expect(hit.text()).toContain('Superado')
  })
})
