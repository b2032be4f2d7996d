// Adds to the list reporter what a person needs after a run: why tests were skipped, where the
// HTML report and the failures' traces are, and how to open them.
import { relative } from 'node:path'
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'
import { ROOT } from './env'

export const REPORT_DIR = 'test-results/report'

export default class SummaryReporter implements Reporter {
  private readonly skips = new Map<string, number>()
  private readonly traces: string[] = []
  private readonly tests = new Set<TestCase>()

  printsToStdio(): boolean {
    return false
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.tests.add(test)
    if (result.status === 'skipped') {
      const reason =
        test.annotations.find((a) => a.type === 'skip')?.description || 'skipped (no reason given)'
      this.skips.set(reason, (this.skips.get(reason) ?? 0) + 1)
    }
    for (const a of result.attachments)
      if (a.name === 'trace' && a.path) this.traces.push(relative(ROOT, a.path))
  }

  onEnd(result: FullResult): void {
    for (const [reason, n] of this.skips) console.log(`skipped (${n}): ${reason}`)
    const flaky = [...this.tests].filter((t) => t.outcome() === 'flaky')
    for (const t of flaky)
      console.log(`flaky (passed on retry ${t.results.length - 1}): ${t.titlePath().join(' › ')}`)
    for (const trace of this.traces) console.log(`trace: npx playwright show-trace ${trace}`)
    console.log(
      `e2e ${result.status}: HTML report in ${REPORT_DIR}/index.html ` +
        `(npx playwright show-report ${REPORT_DIR})`,
    )
  }
}
