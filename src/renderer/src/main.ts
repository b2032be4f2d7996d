import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { installApi } from './api/handle'
import { pickTransport } from './api/pick-transport'
import { createRoteiroI18n } from './i18n'
import './styles/index.css'

async function start(): Promise<void> {
  const handle = await pickTransport(window)
  if (handle) installApi(handle)
  const lang = navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'pt-BR'
  createApp(App, { ready: !!handle }).use(createPinia()).use(createRoteiroI18n(lang)).mount('#app')
}

void start()
