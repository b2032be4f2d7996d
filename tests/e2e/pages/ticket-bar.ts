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

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: UI.ticket.bar })
    this.active = page.getByTestId('active-ticket')
    this.newTicket = this.bar.getByRole('button', { name: UI.ticket.open })
    this.exportFormat = this.bar.getByLabel(UI.ticket.exportAs)
    this.exportButton = this.bar.getByRole('button', { name: UI.ticket.export, exact: true })
  }

  /** The active ticket, once it is `number`. */
  activeIs(number: string): Locator {
    return this.active.filter({ hasText: `#${number}` })
  }

  /** Opens a ticket through the form with the mouse and waits until it is the active one. */
  async openWithMouse(number: string, requester: string, organization = ''): Promise<void> {
    await this.newTicket.click()
    await this.page.getByLabel(UI.ticket.number).fill(number)
    await this.page.getByLabel(UI.ticket.requester).fill(requester)
    if (organization) await this.page.getByLabel(UI.ticket.organization).fill(organization)
    await this.page.getByRole('button', { name: UI.ticket.openSubmit }).click()
    await this.activeIs(number).waitFor()
  }

  /** Exports the active ticket through the bar and returns the downloaded file's text. */
  async exportActive(format: string): Promise<string> {
    await this.exportFormat.selectOption(format)
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportButton.click(),
    ])
    return readFile(await download.path(), 'utf8')
  }
}
