// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { useSearchStore } from '../stores/search'
import { CERTIFICATE_ID, STATUS_ID } from '../test-support/knowledge'
import { closeMemoryApis } from '../test-support/memory-api'
import { mountWithApi, settle } from '../test-support/mount'
import SearchPanel from './SearchPanel.vue'

afterEach(async () => {
  document.body.innerHTML = ''
  await closeMemoryApis()
})

describe('SearchPanel', () => {
  it('searches as you type, marks the snippet and selects with the arrows', async () => {
    const { wrapper } = await mountWithApi(SearchPanel)
    const input = wrapper.get('#search-input')
    expect(document.activeElement).toBe(input.element)
    await input.setValue('certificado homologacao')
    await settle()
    const options = wrapper.findAll('[role="option"]')
    expect(options.length).toBeGreaterThan(0)
    expect(options[0].attributes('data-path')).toBe('Tramita/Certificado_compartilhado.rst')
    expect(options[0].attributes('aria-selected')).toBe('true')
    expect(options[0].find('mark').exists()).toBe(true)
    expect(input.attributes('aria-activedescendant')).toBe(options[0].attributes('id'))

    // A short query's words are all marked in the snippet: no "Encontrado por" line.
    expect(options[0].find('[data-testid="hit-why"]').exists()).toBe(false)
    // A longer one says which of the typed words each hit holds, as the core found them.
    await input.setValue('o certificado do ambiente de homologacao venceu ontem')
    await settle()
    const why = wrapper.get('[role="option"] [data-testid="hit-why"]').text()
    expect(why).toMatch(/^Encontrado por: /)
    expect(why).toContain('certificado')

    await input.setValue('gearman')
    await settle()
    const titles = wrapper.findAll('.hit-title').map((h) => h.text())
    expect(titles[0]).toContain('Trâmite parado no status 4')
  })

  it('moves the selection with ArrowDown/ArrowUp and emits choose on Enter', async () => {
    const { wrapper } = await mountWithApi(SearchPanel)
    const input = wrapper.get('#search-input')
    await input.setValue('tramite processo certificado status')
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
    const { wrapper } = await mountWithApi(SearchPanel, {
      delayMs: (method, args) =>
        method === 'search' && (args as { query: string }).query === 'certificado' ? 150 : 0,
    })
    const input = wrapper.get('#search-input')
    await input.setValue('certificado')
    await settle(30, { waitForCalls: false })
    await input.setValue('gearman')
    await settle(250)
    const ids = useSearchStore().results.map((h) => h.id)
    expect(ids[0]).toBe(STATUS_ID)
    expect(ids).not.toContain(CERTIFICATE_ID)
  })

  it('hides superseded articles unless asked, and marks them', async () => {
    const { wrapper } = await mountWithApi(SearchPanel)
    await wrapper.get('#search-input').setValue('gateway antigo')
    await settle()
    expect(wrapper.findAll('.hit.superseded')).toHaveLength(0)
    await wrapper.get('.filters input[type="checkbox"]').setValue(true)
    await settle()
    const hit = wrapper.get('.hit.superseded')
    expect(hit.text()).toContain('Superado')
    expect(hit.text()).toContain('Gateway antigo')
  })
})
