/* global document -- used inside page.evaluate */
// The agent's flow on the real knowledge base, once with the mouse and once with the keyboard only.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { AppPage } from './pages/app-page.mjs'

const SEED =
  'Scripts_Atendimento/Tramita_GOV_BR/Ambientes_diferentes_utilizando_o_mesmo_certificado_digital.rst'
const QUERY = 'status 6 destino não encontra'

/** Checks what the export and a reload must still show for the two steps checked. */
async function checkRecorded(app, number, labels, note, md, requester) {
  assert.match(md, new RegExp(number))
  for (const label of labels.slice(0, 2)) {
    const line = md.split('\n').find((l) => l.includes(label.slice(0, 40)))
    assert.ok(line, `export lists the step "${label.slice(0, 40)}"`)
    assert.match(line, /\[x\]/, `step is checked in the export: ${line}`)
  }
  assert.ok(md.includes(note), 'export carries the note')

  await app.page.reload()
  await app.title.waitFor()
  await app.activeTicket.filter({ hasText: `#${number}` }).waitFor()
  assert.equal(await app.steps.nth(0).isChecked(), true)
  assert.equal(await app.steps.nth(1).isChecked(), true)
  assert.equal(await app.notes.nth(1).inputValue(), note)
  assert.match(await app.activeTicket.textContent(), new RegExp(requester))
}

export const tests = [
  {
    name: 'search → seed article → ticket → steps → copy → export → reload (mouse)',
    async run({ newPage, url }) {
      const page = await newPage()
      const app = new AppPage(page)
      await app.goto(url)
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input')
      assert.ok(!page.url().includes('token='), 'token removed from the visible URL')
      await app.typeQuery(QUERY)
      const rank = await app.rankOf(SEED)
      assert.ok(rank >= 0, 'the seed article is among the results')
      await app.hits.nth(rank).click()
      await app.title.waitFor()
      await app.startTicketWithMouse('3201224', 'Maria Silva', 'Ministério Exemplo', {
        linkArticle: true,
      })
      const labels = await app.stepLabels()
      assert.ok(labels.length >= 2, 'the seed article has at least two steps')
      await app.steps.nth(0).check()
      await app.steps.nth(1).check()
      await app.notes.nth(1).fill('ambiente de homologação identificado')
      await app.notes.nth(1).blur()
      await page.locator('#checklist .done-at').nth(1).waitFor()
      await page.waitForTimeout(200)

      await page.click('[data-action="copy-reply"]')
      await page.locator('.notice-info').waitFor()
      const copied = await app.readClipboard()
      assert.match(copied, /Maria Silva/, 'the copied reply greets Maria Silva')

      const md = await app.exportActive('md')
      await checkRecorded(
        app,
        '3201224',
        labels,
        'ambiente de homologação identificado',
        md,
        'Maria Silva',
      )
      assert.equal(rank, 0, `the seed article comes first (it is #${rank + 1}: search ranking)`)
      await page.close()
    },
  },
  {
    name: 'the same flow with the keyboard only',
    async run({ newPage, url }) {
      const page = await newPage()
      const app = new AppPage(page)
      await app.goto(url)
      await page.keyboard.type(QUERY)
      await page.waitForFunction(() => document.querySelector('#search-results [role="option"]'))
      await page.waitForTimeout(150)
      const rank = await app.rankOf(SEED)
      assert.ok(rank >= 0, 'the seed article is among the results')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowUp')
      for (let i = 0; i < rank; i++) await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      await app.title.waitFor()
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'article-title')

      await page.keyboard.press('Alt+N')
      await page.waitForFunction(() => document.activeElement?.id === 'ticket-number')
      await page.keyboard.type('3201225')
      await page.keyboard.press('Tab')
      await page.keyboard.type('Carlos Souza')
      await page.keyboard.press('Tab')
      await page.keyboard.type('Secretaria Exemplo')
      // The new ticket starts empty unless the agent links the article on screen.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Space')
      await page.keyboard.press('Enter')
      await app.activeTicket.filter({ hasText: '#3201225' }).waitFor()

      const labels = await app.stepLabels()
      await page.keyboard.press('Alt+L')
      await page.waitForFunction(() => document.activeElement?.classList.contains('step-check'))
      await page.keyboard.press('Space')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Space')
      await page.keyboard.press('Tab')
      await page.keyboard.type('feito pelo teclado')
      await page.keyboard.press('Tab')
      await page.locator('#checklist .done-at').nth(1).waitFor()
      await page.waitForTimeout(200)

      await page.keyboard.press('Control+Shift+C')
      await page.locator('.notice-info').waitFor()
      assert.match(await app.readClipboard(), /Carlos Souza/)

      // ? opens the shortcuts from outside a text field; Esc closes and gives focus back.
      await page.focus('#checklist input.step-check')
      await page.keyboard.press('?')
      await page.locator('[role="dialog"] .shortcuts').first().waitFor()
      assert.ok(
        await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')),
        'focus moves into the help dialog',
      )
      await page.keyboard.press('Escape')
      await page.locator('[role="dialog"] .shortcuts').first().waitFor({ state: 'hidden' })
      assert.match(
        await page.evaluate(() => document.activeElement?.className ?? ''),
        /step-check/,
        'Esc gives focus back',
      )

      // Alt+E exports at once, in the format shown (Markdown unless another was chosen).
      assert.equal(await page.locator('.ticket-bar select.export-format').inputValue(), 'md')
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Alt+E'),
      ])
      const md = await readFile(await download.path(), 'utf8')
      await checkRecorded(app, '3201225', labels, 'feito pelo teclado', md, 'Carlos Souza')
      assert.equal(rank, 0, `the seed article comes first (it is #${rank + 1}: search ranking)`)
      await page.close()
    },
  },
]
