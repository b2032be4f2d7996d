import { createI18n } from 'vue-i18n'
import { PT_BR } from './pt-BR'
import { EN } from './en'

export type Locale = 'pt-BR' | 'en'

/** The app's i18n instance: pt-BR by default, English as the alternative and fallback. */
export function createRoteiroI18n(locale: Locale = 'pt-BR') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'pt-BR',
    messages: { 'pt-BR': PT_BR, en: EN },
    datetimeFormats: {
      'pt-BR': {
        time: { hour: '2-digit', minute: '2-digit' },
        short: { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' },
        date: { day: '2-digit', month: '2-digit', year: 'numeric' },
      },
      en: {
        time: { hour: '2-digit', minute: '2-digit' },
        short: { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' },
        date: { day: '2-digit', month: 'short', year: 'numeric' },
      },
    },
  })
}
