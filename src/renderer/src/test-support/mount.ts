import { mount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'
import { installApi } from '../api/handle'
import { createRoteiroI18n } from '../i18n'
import { callsInFlight, createMemoryApi, type MemoryApiOptions } from './memory-api'

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

/**
 * Waits for debounced work (search, reply fields), then for every API call it started to answer,
 * however long the machine takes: a loaded machine makes calls slower, never the test wrong.
 * `waitForCalls: false` returns with calls still running (to test answers arriving late).
 */
export async function settle(ms = 40, { waitForCalls = true } = {}): Promise<void> {
  await new Promise((r) => setTimeout(r, ms))
  await flushPromises()
  if (!waitForCalls) return
  for (let round = 0; round < 100; round++) {
    const pending = callsInFlight()
    if (pending.length === 0) {
      // One more turn of the event loop: an answer may start a short timer or a follow-up call.
      await new Promise((r) => setTimeout(r, 0))
      await flushPromises()
      if (callsInFlight().length === 0) return
      continue
    }
    await Promise.allSettled(pending)
    await flushPromises()
  }
}
