/** The reStructuredText reader's public API. */
export type * from './types'
export { parseRst } from './parse'
export { renderText, inlineText } from './render-text'
export { renderHtml, escapeHtml, type RenderHtmlOptions } from './render-html'
export { mapText, mapInlines } from './map-text'
export { makeAnchor } from './anchors'
export { safeUrl } from './safe-url'
export { parseInline, normalizeRefName } from './inline'
