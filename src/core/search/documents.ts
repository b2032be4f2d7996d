/** How an Article becomes one Lunr document: the fields and their boosts. */
import type { Article, SectionRole } from '../knowledge/types'

/** Field boosts, tuned on the dev query set and our own cases (see search-relevance.test.ts). */
export const FIELD_BOOSTS = {
  title: 8,
  keywords: 4,
  path: 2,
  situation: 2.5,
  when: 1.5,
  solution: 1,
  reply: 0.6,
  body: 0.5,
} as const

export type SearchField = keyof typeof FIELD_BOOSTS

export const SEARCH_FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[]

const ROLE_FIELD: Partial<Record<SectionRole, SearchField>> = {
  situation: 'situation',
  when: 'when',
  solution: 'solution',
  reply: 'reply',
  keywords: 'keywords',
}

/** The text of each search field of an article. */
export function articleFields(article: Article): Record<SearchField, string> {
  const fields: Record<SearchField, string[]> = {
    title: [article.title],
    keywords: [article.keywords.join(' ; ')],
    path: [article.path.replace(/\.rst$/i, '').replace(/[/_]+/g, ' ')],
    situation: [],
    when: [],
    solution: [],
    reply: [],
    body: [],
  }
  let replyFromSection = false
  for (const section of article.sections) {
    const field = ROLE_FIELD[section.role] ?? 'body'
    // Keywords come from article.keywords; the section would count them twice.
    if (field === 'keywords' && article.keywords.length) continue
    if (field === 'reply') replyFromSection = true
    // URLs stay indexed: their path words name the target page ("gestao documental"); dropping
    // them cost the dev set MRR@10 1.000 → 0.969 (measured), against a little noise.
    fields[field].push(section.text)
  }
  if (!replyFromSection && article.reply.text) fields.reply.push(article.reply.text)
  return Object.fromEntries(
    Object.entries(fields).map(([name, parts]) => [name, parts.filter(Boolean).join('\n')]),
  ) as Record<SearchField, string>
}
