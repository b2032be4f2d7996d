/** The lookup window's behaviour, over window-like objects: toggle, hide, open in main window. */
import type { ApiEvent } from '../core/api/contract'

export interface WindowLike {
  isVisible(): boolean
  isDestroyed(): boolean
  show(): void
  hide(): void
  focus(): void
  isMinimized?(): boolean
  restore?(): void
  webContents: { send(channel: string, payload: unknown): void }
}

export interface LookupDeps {
  lookup: () => WindowLike | null
  main: () => WindowLike
  /** Clipboard text, when the setting asks the lookup to start with it. */
  readClipboardText: () => Promise<string>
  startsWithClipboard: () => boolean
  send: (win: WindowLike, event: ApiEvent) => void
}

/** Longest clipboard text used as a query: an error message, not a whole document. */
export const MAX_CLIPBOARD_QUERY = 500

export function createLookupController(deps: LookupDeps) {
  const showMain = () => {
    const main = deps.main()
    if (main.isMinimized?.()) main.restore?.()
    main.show()
    main.focus()
    return main
  }
  return {
    /** The hotkey: shows the lookup (focused on its search box) or hides it. */
    async toggle(): Promise<'shown' | 'hidden'> {
      const win = deps.lookup()
      if (!win || win.isDestroyed()) return 'hidden'
      if (win.isVisible()) {
        win.hide()
        return 'hidden'
      }
      let query: string | undefined
      if (deps.startsWithClipboard()) {
        const text = (await deps.readClipboardText().catch(() => '')).trim()
        if (text) query = text.replace(/\s+/g, ' ').slice(0, MAX_CLIPBOARD_QUERY)
      }
      win.show()
      win.focus()
      deps.send(
        win,
        query === undefined ? { type: 'focus-search' } : { type: 'focus-search', query },
      )
      return 'shown'
    },
    hide(): void {
      const win = deps.lookup()
      if (win && !win.isDestroyed() && win.isVisible()) win.hide()
    },
    /** Ctrl+Enter in the lookup: the article opens in the main window. */
    openArticle(articleId: string): void {
      this.hide()
      deps.send(showMain(), { type: 'open-article', articleId })
    },
    showMain,
  }
}

export type LookupController = ReturnType<typeof createLookupController>
