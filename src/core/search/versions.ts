/** Versions of one article: every older version points at the newest, and hits collapse into it. */
import type { ArticleFacts } from './types'

/** Older version id → the newest version's facts (by supersededBy chains or olderVersions). */
export function versionHeads(facts: readonly ArticleFacts[]): Map<string, ArticleFacts> {
  const heads = new Map<string, ArticleFacts>()
  const byId = new Map(facts.map((a) => [a.id, a]))
  for (const article of facts) {
    if (!article.supersededBy) {
      for (const older of article.olderVersions) heads.set(older, article)
    }
  }
  for (const article of facts) {
    let head = article
    const visited = new Set<string>()
    while (head.supersededBy && !visited.has(head.id)) {
      visited.add(head.id)
      const next = byId.get(head.supersededBy)
      if (!next) break
      head = next
    }
    if (head !== article) heads.set(article.id, head)
  }
  return heads
}

/**
 * The first `limit` ranked items, one per newest version (the best-ranked of its group stands for
 * it); items whose newest version `exists` rejects are left out.
 */
export function collapseVersions<T extends { head: ArticleFacts }>(
  ranked: readonly T[],
  limit: number,
  exists: (id: string) => boolean,
): T[] {
  const seen = new Set<string>()
  const out: T[] = []
  for (const c of ranked) {
    if (seen.has(c.head.id) || !exists(c.head.id)) continue
    seen.add(c.head.id)
    out.push(c)
    if (out.length >= limit) break
  }
  return out
}
