import { mount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'
import { installApi } from '../api/handle'
import { createRoteiroI18n } from '../i18n'
import { createMemoryApi, type MemoryApiOptions } from './memory-api'

/**
 * Mounts a component with a fresh Pinia, vue-i18n and the real service over the test knowledge
 * installed as its API.
 */
export async function mountWithApi(
  component: Component,
  options: MemoryApiOptions & { props?: Record<string, unknown>; language?: 'pt-BR' | 'en' } = {},
) {
  const api = await createMemoryApi(options)
  installApi(api)
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createRoteiroI18n(options.language ?? 'pt-BR')
  const wrapper = mount(component, {
    props: options.props,
    attachTo: document.body,
    global: { plugins: [pinia, i18n] },
  })
  return { wrapper, api, i18n, pinia }
}

/** Waits for debounced work (search, reply fields) and the promises it started. */
export async function settle(ms = 40): Promise<void> {
  await new Promise((r) => setTimeout(r, ms))
  await flushPromises()
}
