// The active-ticket bar: opening a ticket, the active one, exporting it.
import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { UI } from '../support/messages'

export class TicketBar {
  readonly bar: Locator
  readonly active: Locator
  readonly newTicket: Locator
  readonly exportFormat: Locator
  readonly exportButton: Locator
  /** The menu the ticket's actions fold into in a narrow window. */
  readonly actions: Locator
  readonly switcher: Locator
  readonly switcherList: Locator

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: UI.ticket.bar })
    this.active = page.getByTestId('active-ticket')
    this.newTicket = this.bar.getByRole('button', { name: UI.ticket.open })
    this.exportFormat = this.bar.getByLabel(UI.ticket.exportAs)
    this.exportButton = this.bar.getByRole('button', { name: UI.ticket.export, exact: true })
    this.actions = this.bar.getByRole('button', { name: UI.ticket.actions })
    this.switcher = this.bar.getByRole('button', { name: UI.ticket.switch })
    this.switcherList = this.bar.getByRole('listbox', { name: UI.ticket.switch })
  }

  /** Opens the actions menu when the window is narrow enough to fold them. */
  async showActions(): Promise<void> {
    if (
      (await this.actions.isVisible()) &&
      (await this.actions.getAttribute('aria-expanded')) !== 'true'
    )
      await this.actions.click()
  }

  /** Makes `number` the active ticket through the switcher (a click on its option). */
  async switchTo(number: string): Promise<void> {
    await this.switcher.click()
    await this.switcherList.getByRole('option', { name: `#${number}` }).click()
    await this.activeIs(number).waitFor()
  }

  /** The active ticket, once it is `number`. */
  activeIs(number: string): Locator {
    return this.active.filter({ hasText: `#${number}` })
  }

  /**
   * Opens a ticket through the form with the mouse and waits until it is the active one;
   * `linkArticle` ticks "link the article on screen" (a new ticket starts empty otherwise).
   */
  async openWithMouse(
    number: string,
    requester: string,
    organization = '',
    { linkArticle = false } = {},
  ): Promise<void> {
    await this.newTicket.click()
    // Exact labels: step labels of the article on screen can hold the same words ("órgão").
    await this.page.getByLabel(UI.ticket.number, { exact: true }).fill(number)
    await this.page.getByLabel(UI.ticket.requester, { exact: true }).fill(requester)
    if (organization)
      await this.page.getByLabel(UI.ticket.organization, { exact: true }).fill(organization)
    if (linkArticle) await this.page.locator('#ticket-link-current').check()
    await this.page.getByRole('button', { name: UI.ticket.openSubmit }).click()
    await this.activeIs(number).waitFor()
    // The form closes once the new workspace is on screen, and gives focus back to its button.
    await this.page.getByRole('form', { name: UI.ticket.open }).waitFor({ state: 'detached' })
  }

  /** Exports the active ticket through the bar and returns the downloaded file's text. */
  async exportActive(format: string): Promise<string> {
    await this.showActions()
    await this.exportFormat.selectOption(format)
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportButton.click(),
    ])
    return readFile(await download.path(), 'utf8')
  }
}
