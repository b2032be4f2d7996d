/**
 * The supervisor's numbers over a date range, from the team's replicated tickets: opened and
 * closed per agent per day, time to close, the articles most used, and the steps most often left
 * unchecked on closed tickets. The view only draws what this computes.
 */
import { agentOf } from './attribution'
import type { TeamRecord } from './types'

/** Shown for events whose agent is not known (recorded before team mode, or by an old build). */
export const UNKNOWN_AGENT = '?'

export interface SupervisorRange {
  /** First day, YYYY-MM-DD (UTC). */
  from: string
  /** Last day, inclusive. */
  to: string
}

/** What the view needs of an article: its title and its steps, when it is in the roots. */
export type SupervisorArticleLookup = (
  id: string,
) => { title: string; steps: { key: string; label: string }[] } | undefined

export const CLOSE_BUCKETS = ['lt1h', '1to4h', '4to24h', '1to3d', 'gt3d'] as const
export type CloseBucket = (typeof CLOSE_BUCKETS)[number]

export interface SupervisorReport {
  range: SupervisorRange
  days: string[]
  agents: string[]
  /** agent → count per day (aligned with `days`). */
  opened: Record<string, number[]>
  closed: Record<string, number[]>
  totals: { opened: number; closed: number }
  timeToClose: {
    count: number
    medianHours: number | null
    p90Hours: number | null
    buckets: { bucket: CloseBucket; count: number }[]
    /** agent (who closed) → median hours. */
    medianByAgent: Record<string, number>
  }
  topArticles: { articleId: string; title: string; tickets: number }[]
  uncheckedSteps: {
    articleId: string
    articleTitle: string
    stepKey: string
    label: string
    /** Closed tickets with the article where the step was not checked. */
    unchecked: number
    /** Closed tickets with the article. */
    closedWithArticle: number
  }[]
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const MAX_DAYS = 366

/** The days from..to inclusive (at most a year); throws RangeError on a bad range. */
export function rangeDays(range: SupervisorRange): string[] {
  if (!DAY.test(range.from) || !DAY.test(range.to)) throw new RangeError('bad date')
  const start = Date.parse(range.from + 'T00:00:00Z')
  const end = Date.parse(range.to + 'T00:00:00Z')
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) throw new RangeError('bad range')
  const days: string[] = []
  for (let t = start; t <= end && days.length < MAX_DAYS; t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

function quantile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index] ?? null
}

function bucketOf(hours: number): CloseBucket {
  if (hours < 1) return 'lt1h'
  if (hours < 4) return '1to4h'
  if (hours < 24) return '4to24h'
  if (hours < 72) return '1to3d'
  return 'gt3d'
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** Computes the supervisor's numbers for the tickets whose events fall in the range. */
export function supervisorReport(
  records: TeamRecord[],
  range: SupervisorRange,
  lookup: SupervisorArticleLookup = () => undefined,
): SupervisorReport {
  const days = rangeDays(range)
  const dayIndex = new Map(days.map((d, i) => [d, i]))
  const opened: Record<string, number[]> = {}
  const closed: Record<string, number[]> = {}
  const count = (table: Record<string, number[]>, agent: string, day: number) =>
    ((table[agent] ??= days.map(() => 0))[day]! += 1)
  const durations: number[] = []
  const byCloser: Record<string, number[]> = {}
  const articleUse = new Map<string, number>()
  const unchecked = new Map<
    string,
    { articleId: string; stepKey: string; label: string; n: number }
  >()
  const closedWithArticle = new Map<string, number>()
  for (const { ticket, by } of records) {
    let active = false
    for (const event of ticket.history) {
      const day = dayIndex.get(event.at.slice(0, 10))
      if (day === undefined) continue
      active = true
      const agent = agentOf(by, event) ?? UNKNOWN_AGENT
      if (event.type === 'opened') count(opened, agent, day)
      if (event.type === 'closed') count(closed, agent, day)
    }
    if (active)
      for (const id of new Set(ticket.articles)) articleUse.set(id, (articleUse.get(id) ?? 0) + 1)
    if (
      ticket.status !== 'closed' ||
      !ticket.closedAt ||
      !dayIndex.has(ticket.closedAt.slice(0, 10))
    )
      continue
    const hours = (Date.parse(ticket.closedAt) - Date.parse(ticket.createdAt)) / 3_600_000
    durations.push(hours)
    const lastClose = [...ticket.history].reverse().find((e) => e.type === 'closed')
    const closer = (lastClose && agentOf(by, lastClose)) ?? UNKNOWN_AGENT
    ;(byCloser[closer] ??= []).push(hours)
    for (const articleId of new Set([...ticket.articles, ...Object.keys(ticket.steps)])) {
      closedWithArticle.set(articleId, (closedWithArticle.get(articleId) ?? 0) + 1)
      const recorded = ticket.steps[articleId] ?? {}
      const steps =
        lookup(articleId)?.steps ??
        Object.entries(recorded).map(([key, state]) => ({ key, label: state.label || key }))
      for (const step of steps) {
        if (recorded[step.key]?.done) continue
        const key = `${articleId}\u0000${step.key}`
        const seen = unchecked.get(key) ?? { articleId, stepKey: step.key, label: step.label, n: 0 }
        seen.n++
        unchecked.set(key, seen)
      }
    }
  }
  durations.sort((a, b) => a - b)
  const agents = [...new Set([...Object.keys(opened), ...Object.keys(closed)])].sort()
  const sum = (table: Record<string, number[]>) =>
    Object.values(table).reduce((total, perDay) => total + perDay.reduce((a, b) => a + b, 0), 0)
  const titleOf = (id: string) => lookup(id)?.title ?? id
  return {
    range,
    days,
    agents,
    opened,
    closed,
    totals: { opened: sum(opened), closed: sum(closed) },
    timeToClose: {
      count: durations.length,
      medianHours: nullableRound(quantile(durations, 0.5)),
      p90Hours: nullableRound(quantile(durations, 0.9)),
      buckets: CLOSE_BUCKETS.map((bucket) => ({
        bucket,
        count: durations.filter((h) => bucketOf(h) === bucket).length,
      })),
      medianByAgent: Object.fromEntries(
        Object.entries(byCloser).map(([agent, hours]) => [
          agent,
          round1(
            quantile(
              [...hours].sort((a, b) => a - b),
              0.5,
            ) ?? 0,
          ),
        ]),
      ),
    },
    topArticles: [...articleUse.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 10)
      .map(([articleId, tickets]) => ({ articleId, title: titleOf(articleId), tickets })),
    uncheckedSteps: [...unchecked.values()]
      .sort((a, b) => b.n - a.n || (a.articleId + a.stepKey < b.articleId + b.stepKey ? -1 : 1))
      .slice(0, 10)
      .map((s) => ({
        articleId: s.articleId,
        articleTitle: titleOf(s.articleId),
        stepKey: s.stepKey,
        label: s.label,
        unchecked: s.n,
        closedWithArticle: closedWithArticle.get(s.articleId) ?? 0,
      })),
  }
}

function nullableRound(n: number | null): number | null {
  return n === null ? null : round1(n)
}
