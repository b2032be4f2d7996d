/* global document -- used inside page.evaluate */
// Page object for the main window in browser mode: what an agent sees and does.
import { readFile } from 'node:fs/promises'

export class AppPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page
    this.search = page.locator('#search-input')
    this.hits = page.locator('#search-results [role="option"]')
    this.title = page.locator('#article-title')
    this.steps = page.locator('#checklist input.step-check')
    this.notes = page.locator('#checklist textarea.step-note-input')
    this.reply = page.locator('#reply .reply-text')
    this.activeTicket = page.locator('[data-testid="active-ticket"]')
  }

  async goto(url) {
    await this.page.goto(url)
    await this.page.waitForSelector('.topbar')
  }

  /** Calls the API the way the page does (token from the session), for set-up only. */
  async api(method, args = {}) {
    return this.page.evaluate(
      async ([m, a]) => {
        const token = sessionStorage.getItem('roteiro.token')
        const response = await fetch(`/api/${m}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Roteiro-Token': token },
          body: JSON.stringify(a),
        })
        return (await response.json()).result
      },
      [method, args],
    )
  }

  async typeQuery(query) {
    await this.search.fill('')
    await this.search.pressSequentially(query, { delay: 5 })
    await this.page.waitForFunction(
      (q) =>
        document.querySelector('#search-input')?.value === q &&
        document.querySelector('#search-results [role="option"]'),
      query,
    )
    await this.page.waitForTimeout(150)
  }

  async rankOf(path) {
    const paths = await this.hits.evaluateAll((els) => els.map((e) => e.getAttribute('data-path')))
    return paths.indexOf(path)
  }

  async firstHitPath() {
    return this.hits.first().getAttribute('data-path')
  }

  /** Opens a new ticket; `linkArticle` ticks "link the article on screen" (off by default). */
  async startTicketWithMouse(number, requester, organization = '', { linkArticle = false } = {}) {
    await this.page.click('[data-action="new-ticket"]')
    await this.page.fill('#ticket-number', number)
    await this.page.fill('#ticket-requester', requester)
    if (organization) await this.page.fill('#ticket-organization', organization)
    if (linkArticle) await this.page.check('#ticket-link-current')
    await this.page.click('.ticket-form button[type="submit"]')
    await this.activeTicket.filter({ hasText: `#${number}` }).waitFor()
  }

  async readClipboard() {
    return this.page.evaluate(() => navigator.clipboard.readText())
  }

  /** Exports the active ticket through the bar and returns the downloaded file's text. */
  async exportActive(format) {
    // In a narrow window the ticket's actions sit in a menu.
    const toggle = this.page.locator('.ticket-bar .more-toggle')
    if (await toggle.isVisible()) await toggle.click()
    await this.page.selectOption('.ticket-bar select.export-format', format)
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.click('.ticket-bar .export-button'),
    ])
    return readFile(await download.path(), 'utf8')
  }

  async stepLabels() {
    return this.page.locator('#checklist .steps .step-label span').allTextContents()
  }
}
