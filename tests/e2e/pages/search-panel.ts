// The search box and its result list.
import { expect, type Locator, type Page } from '@playwright/test'
import { UI } from '../support/messages'

export class SearchPanel {
  readonly input: Locator
  readonly results: Locator
  readonly hits: Locator

  constructor(readonly page: Page) {
    this.input = page.getByRole('combobox', { name: UI.search.label })
    this.results = page.getByRole('listbox', { name: UI.search.results })
    this.hits = this.results.getByRole('option')
  }

  /** Types the query as a person would and waits for its results. */
  async type(query: string): Promise<void> {
    await this.input.fill('')
    await this.input.pressSequentially(query, { delay: 5 })
    await this.waitForResults(query)
  }

  /** Waits until the box holds `query` and the list shows results for it. */
  async waitForResults(query: string): Promise<void> {
    await expect(this.input).toHaveValue(query)
    await expect(this.hits.first()).toBeVisible()
    // The list answers after the debounce; let a last in-flight answer land.
    await this.page.waitForTimeout(150)
  }

  /** Where the article at `path` is in the list (-1 when absent). */
  async rankOf(path: string): Promise<number> {
    const paths = await this.hits.evaluateAll((els) => els.map((e) => e.getAttribute('data-path')))
    return paths.indexOf(path)
  }
}
