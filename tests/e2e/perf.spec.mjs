/* global document, MutationObserver, requestAnimationFrame -- used inside page.evaluate */
// Keystroke → repainted results, measured in the page: performance.now() at keydown to the
// first DOM mutation of the results list. Printed; fails only when grossly slow (> 500 ms).
import assert from 'node:assert/strict'
import { AppPage } from './pages/app-page.mjs'

const TEXT = 'certificado digital do ambiente de homologação'

export const tests = [
  {
    name: 'a keystroke repaints the search results quickly (median, p95)',
    async run({ newPage, url, log }) {
      const page = await newPage()
      const app = new AppPage(page)
      await app.goto(url)
      await app.typeQuery('cert')
      const samples = []
      for (const ch of TEXT.slice(4, 26)) {
        const waiter = page.evaluate(
          () =>
            new Promise((resolve) => {
              const list = document.querySelector('#search-results')
              const input = document.querySelector('#search-input')
              let start = 0
              const onKey = () => (start = performance.now())
              input.addEventListener('keydown', onKey, { once: true })
              const observer = new MutationObserver(() => {
                observer.disconnect()
                requestAnimationFrame(() => resolve(performance.now() - start))
              })
              observer.observe(list, {
                childList: true,
                subtree: true,
                characterData: true,
                attributes: true,
              })
              setTimeout(() => {
                observer.disconnect()
                resolve(-1)
              }, 2000)
            }),
        )
        await page.waitForTimeout(20)
        await page.keyboard.type(ch)
        const ms = await waiter
        if (ms >= 0) samples.push(ms)
        await page.waitForTimeout(60)
      }
      samples.sort((a, b) => a - b)
      assert.ok(samples.length >= 10, `too few repaints measured (${samples.length})`)
      const median = samples[Math.floor(samples.length / 2)]
      const p95 = samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]
      log(
        `keystroke → results repaint over ${samples.length} keystrokes: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target 50 ms)`,
      )
      assert.ok(p95 < 500, `grossly slow: p95 ${p95.toFixed(0)} ms`)
      await page.close()
    },
  },
]
