import { mount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'
import { installApi } from '../api/handle'
import { createFakeHandle, type FakeOptions } from '../api/fake-client'
import { createRoteiroI18n } from '../i18n'

/** Mounts a component with a fresh Pinia, vue-i18n (pt-BR) and the fake client installed. */
export function mountWithFake(
  component: Component,
  options: FakeOptions & { props?: Record<string, unknown> } = {},
) {
  const fake = createFakeHandle(options)
  installApi(fake)
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createRoteiroI18n('pt-BR')
  const wrapper = mount(component, {
    props: options.props,
    attachTo: document.body,
    global: { plugins: [pinia, i18n] },
  })
  return { wrapper, fake, i18n, pinia }
}

/** Waits for debounced work (search, reply fields) and the promises it started. */
export async function settle(ms = 40): Promise<void> {
  await new Promise((r) => setTimeout(r, ms))
  await flushPromises()
}
