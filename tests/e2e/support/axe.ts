// axe-core run in the page as it is now (injected once per page; the specs that call it open
// their pages with bypassCSP, since the page's CSP rightly refuses inline scripts).
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { ROOT } from './env'

const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js')

/** One rule broken, with up to three of the elements that break it. */
export type Violation = { id: string; impact: string | null; nodes: string[] }

/** The serious and critical axe-core violations on the page. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          context: Document,
          options: object,
        ) => Promise<{
          violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[]
        }>
      }
    }
    const r = await w.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}
