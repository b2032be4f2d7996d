import type { Article, LintProblem } from './types'
import { foldText } from '../text/fold'

/** Title key for matching versions: folded, punctuation and spacing ignored ("Adesão / Dúvida" = "adesao duvida"). */
export function titleKey(title: string): string {
  return foldText(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

// Newest first: articles outside "superados" before those inside, then higher version, then later date.
function compareNewest(a: Article, b: Article): number {
  const folder = Number(a.superseded) - Number(b.superseded)
  if (folder) return folder
  const version = (b.version ?? 0) - (a.version ?? 0)
  if (version) return version
  return (b.date ?? '').localeCompare(a.date ?? '')
}

/**
 * Links versions of the same script (same clean title): the newest stays current, the others
 * get superseded, supersededBy and olderVersions. Articles must start with `superseded` set only
 * from their folder. Returns duplicate-title problems for current scripts that tie.
 */
export function linkVersions(articles: Article[]): (LintProblem & { root: number })[] {
  const groups = new Map<string, Article[]>()
  for (const article of articles) {
    if (article.kind !== 'script') continue
    const key = titleKey(article.title)
    if (!key) continue
    const group = groups.get(key)
    if (group) group.push(article)
    else groups.set(key, [article])
  }
  const problems: (LintProblem & { root: number })[] = []
  for (const group of groups.values()) {
    if (group.length < 2) continue
    group.sort(compareNewest)
    const newest = group[0]
    const ties = newest.superseded
      ? []
      : group.filter((a) => !a.superseded && compareNewest(a, newest) === 0)
    for (const twin of ties.slice(1)) {
      problems.push({
        root: twin.root,
        path: twin.path,
        line: twin.line,
        severity: 'warning',
        code: 'duplicate-title',
        message: `"${twin.title}" has the same title, date and version as ${newest.path}:${newest.line}`,
      })
    }
    const current = new Set(ties.length ? ties : [newest])
    const older = group.filter((a) => !current.has(a))
    for (const article of current) article.olderVersions = older.map((a) => a.id)
    older.forEach((article, i) => {
      article.superseded = true
      article.supersededBy = newest.id
      article.olderVersions = older.slice(i + 1).map((a) => a.id)
    })
  }
  return problems
}
