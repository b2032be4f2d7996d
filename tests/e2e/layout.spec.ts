// The app fits the window at every size: no page scroll, no horizontal scroll, a 500-character
// name cut with an ellipsis, and the search, article, checklist and reply within reach.
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'
import { UI } from './support/messages'

const SHOTS = resolve(
  import.meta.dirname,
  '../..',
  process.env.ROTEIRO_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots',
)
const LONG_NAME = ('Maria Aparecida dos Santos Oliveira ' + 'Silva '.repeat(100)).slice(0, 500)

test('a 500-character name: no page or horizontal scroll, "Novo chamado" in view', async ({
  app,
  search,
  article,
  ticket,
  page,
}) => {
  await search.type('certificado digital ambientes')
  await search.hits.first().click()
  await article.title.waitFor()
  const number = `L-${Date.now().toString(36)}`
  await ticket.openWithMouse(
    number,
    LONG_NAME,
    'Ministério da Gestão e da Inovação em Serviços Públicos',
    {
      linkArticle: true,
    },
  )
  const viewport = page.viewportSize()!

  const page_ = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }))
  expect(page_.scrollWidth, 'no horizontal scroll').toBeLessThanOrEqual(page_.clientWidth)
  expect(page_.scrollHeight, 'no page scroll').toBeLessThanOrEqual(page_.clientHeight)

  const inView = async (
    name: string,
    box: { x: number; y: number; width: number; height: number } | null,
  ) => {
    expect(box, `${name} is laid out`).not.toBeNull()
    expect(box!.x, `${name} starts inside the window`).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width, `${name} ends inside the window`).toBeLessThanOrEqual(
      viewport.width,
    )
    expect(box!.y + box!.height, `${name} is above the bottom`).toBeLessThanOrEqual(viewport.height)
  }
  await inView('"Novo chamado"', await ticket.newTicket.boundingBox())
  const bar = await page.locator('.topbar').boundingBox()
  expect(bar!.height, 'the top bar is one row').toBeLessThan(60)

  // Nothing in the bar covers anything else, and what the ticket shows is shown whole or not at all.
  const pieces = await page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
    }
    const box = (el: Element) => {
      const r = el.getBoundingClientRect()
      return { left: r.left, right: r.right, name: el.textContent!.trim().slice(0, 30) }
    }
    const current = document.querySelector('[data-testid="active-ticket"]')!
    const items = [
      ...document.querySelectorAll('.topbar > .brand, .topbar > nav, .topbar .ticket-actions > *'),
      ...current.children,
      document.querySelector('.topbar > .help-button')!,
    ].filter(visible)
    return {
      items: items.map(box),
      area: box(current),
      inArea: [...current.children].filter(visible).map(box),
    }
  })
  const sorted = [...pieces.items].sort((a, b) => a.left - b.left)
  for (let i = 1; i < sorted.length; i++)
    expect(
      sorted[i].left,
      `"${sorted[i].name}" starts after "${sorted[i - 1].name}" ends`,
    ).toBeGreaterThanOrEqual(sorted[i - 1].right - 0.5)
  for (const piece of pieces.inArea)
    expect(piece.right, `"${piece.name}" is not cut off`).toBeLessThanOrEqual(
      pieces.area.right + 0.5,
    )

  // The name is cut in the bar and shown whole on hover.
  const name = ticket.active.locator('.truncated')
  const fits = await name.evaluate((el) => {
    const inner = el.firstElementChild as HTMLElement
    return inner.scrollWidth <= inner.clientWidth
  })
  expect(fits, 'the long name is cut with an ellipsis').toBe(false)
  await expect(name).toHaveAttribute(
    'title',
    expect.stringContaining(LONG_NAME.trim().slice(0, 200)),
  )

  // The wheel over the bar scrolls nothing away.
  await page.mouse.move(20, 20)
  await page.mouse.wheel(0, 600)
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0)

  // Search, article, checklist and reply: on screen, or one tab away.
  if (viewport.width >= 1000) await inView('the search box', await search.input.boundingBox())
  await inView('the article title', await article.title.boundingBox())
  await article.showChecklist()
  await inView('the checklist', await article.checklist.locator('h2').boundingBox())
  await article.reply.scrollIntoViewIfNeeded()
  await inView('the reply', await article.reply.locator('h2').boundingBox())
  const again = await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)
  expect(again, 'still no horizontal scroll').toBe(true)

  await mkdir(SHOTS, { recursive: true })
  await page
    .getByRole('tab', { name: UI.layout.tab.article })
    .click()
    .catch(() => undefined)
  await article.title.waitFor()
  await page.mouse.move(viewport.width - 5, viewport.height - 5)
  await page.screenshot({ path: resolve(SHOTS, `layout-${viewport.width}x${viewport.height}.png`) })
  await app.api('closeTicket', { number })
})
