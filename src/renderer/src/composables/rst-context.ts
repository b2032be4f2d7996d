import type { InjectionKey } from 'vue'

/** What RstBlock/RstInline need from the article around them. */
export interface RstContext {
  /** URL for an image written in the article (resolved against the article's file). */
  imageUrl: (uri: string) => string | null
  /** Handles a click on an external link; returns true when it took over (default prevented). */
  openLink: (url: string, event: MouseEvent) => void
}

export const RST_CONTEXT: InjectionKey<RstContext> = Symbol('rst-context')
