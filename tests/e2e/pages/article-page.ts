// The open article: its title, checklist and reply.
import type { Locator, Page } from '@playwright/test'
import { UI, say } from '../support/messages'

export class ArticlePage {
  readonly title: Locator
  readonly checklist: Locator
  readonly steps: Locator
  readonly doneMarks: Locator
  readonly reply: Locator
  readonly replyText: Locator
  readonly copyReply: Locator
  readonly previewNote: Locator

  constructor(readonly page: Page) {
    this.title = page.getByRole('article').getByRole('heading', { level: 1 })
    this.checklist = page.getByRole('region', { name: UI.checklist.title })
    this.steps = this.checklist.getByRole('checkbox')
    this.doneMarks = this.checklist.getByText(say(UI.checklist.doneAt, { time: '' }).trim())
    this.reply = page.getByRole('region', { name: UI.reply.title, exact: true })
    this.replyText = page.getByLabel(UI.reply.preview)
    this.copyReply = page.getByRole('button', { name: UI.reply.copy })
    this.previewNote = page.getByRole('note').filter({ hasText: UI.article.previewNote })
  }

  /** The reply-template picker of an article whose reply holds several. */
  get replyVariants(): Locator {
    return this.reply.getByRole('group', { name: UI.reply.variants })
  }

  /** Brings the checklist and reply on screen (a tab of their own in a narrower window). */
  async showChecklist(): Promise<void> {
    const tab = this.page.getByRole('tab', { name: UI.layout.tab.side })
    // Whichever comes first once the article is on screen: the panel itself, or its tab.
    await tab.or(this.checklist).first().waitFor()
    if (await tab.isVisible()) await tab.click()
    await this.checklist.waitFor()
  }

  /** The note field of step `n` (1-based), by its label. */
  note(n: number): Locator {
    return this.checklist.getByLabel(say(UI.checklist.note, { n }), { exact: true })
  }

  /** The steps' labels as the agent reads them (without the kind shown beside each). */
  async stepLabels(): Promise<string[]> {
    return (
      await this.checklist.getByRole('listitem').locator('label .step-text').allTextContents()
    ).map((s) => s.trim())
  }
}
