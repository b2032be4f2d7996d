// The main window in browser mode: reaching it, its navigation, and the API for set-up only.
import type { Locator, Page } from '@playwright/test'
import { UI } from '../support/messages'

export class AppPage {
  readonly navigation: Locator
  readonly helpButton: Locator
  readonly helpDialog: Locator
  /** The info notices ("Resposta copiada.", "Exportado: …"). */
  readonly notices: Locator
  /** The notice a copied reply gives (other notices, such as a link's, may be shown beside it). */
  readonly replyCopied: Locator

  constructor(
    readonly page: Page,
    /** The address the server printed, token included. */
    readonly url: string,
  ) {
    this.navigation = page.getByRole('navigation', { name: UI.app.nav })
    this.helpButton = page.getByRole('button', { name: UI.app.help })
    this.helpDialog = page.getByRole('dialog', { name: UI.help.title })
    this.notices = page.getByRole('status').filter({ has: page.locator('.notice-info') })
    this.replyCopied = page
      .locator('.notice-info')
      .filter({ hasText: UI.reply.copied.replace(/\.$/u, '') })
  }

  /** Opens the app with its token and waits until it is ready. */
  async open(): Promise<void> {
    await this.page.goto(this.url)
    await this.navigation.waitFor()
  }

  /** The app's address without the token or route (the page drops the token once loaded). */
  get base(): string {
    return this.page.url().replace(/#.*$/, '')
  }

  /** Goes to a route (`#/tickets`, `#/settings`, `#/lookup`); `reload` remounts the app. */
  async go(route: string, { reload = false } = {}): Promise<void> {
    await this.page.goto(this.base + route)
    if (reload) await this.page.reload()
  }

  /** Calls the API the way the page does (token from the session), for set-up only. */
  async api<T = unknown>(method: string, args: unknown = {}): Promise<T> {
    return this.page.evaluate(
      async ([m, a]) => {
        const token = sessionStorage.getItem('roteiro.token') ?? ''
        const response = await fetch(`/api/${m}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Roteiro-Token': token },
          body: JSON.stringify(a),
        })
        return (await response.json()).result
      },
      [method, args] as const,
    )
  }

  /** The id of the focused element (empty when none has one). */
  focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '')
  }

  /** The class list of the focused element. */
  focusedClass(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.className ?? '')
  }
}
