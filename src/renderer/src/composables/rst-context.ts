import type { InjectionKey } from 'vue'

/** What RstBlock/RstInline need from the article around them. */
export interface RstContext {
  /** URL for an image written in the article (resolved against the article's file). */
  imageUrl: (uri: string) => string | null
  /** Handles a click on an external link; returns true when it took over (default prevented). */
  openLink: (url: string, event: MouseEvent) => void
}

export const RST_CONTEXT: InjectionKey<RstContext> = Symbol('rst-context')

/** Resolves an image path from the file's folder (or from the root when it starts with /). */
export function resolveKnowledgePath(articlePath: string, uri: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) return null
  const base = uri.startsWith('/') ? [] : articlePath.split('/').slice(0, -1)
  for (const part of uri.split('/')) {
    if (!part || part === '.') continue
    if (part === '..') {
      if (!base.length) return null
      base.pop()
    } else base.push(part)
  }
  return base.join('/')
}

export const WIKI_PREFIX = 'https://wiki.processoeletronico.gov.br/'
