import type { ArticleSummary, ArticleView } from '../api/types'
import type { Article, KnowledgeBase } from './types'

/** The list entry of an article, as the API returns it. */
export function toArticleSummary(article: Article): ArticleSummary {
  return {
    id: article.id,
    path: article.path,
    title: article.title,
    kind: article.kind,
    product: article.product,
    date: article.date,
    version: article.version,
    superseded: article.superseded,
    responsibility: article.responsibility,
    replyStatus: article.reply.status,
    steps: article.steps.length,
  }
}

/**
 * The whole article as the API returns it: sections as text and as the reader's tree (clients
 * render `blocks` with the resolvers of links.ts), steps, reply.
 */
export function toArticleView(kb: KnowledgeBase, article: Article): ArticleView {
  return {
    id: article.id,
    root: kb.roots[article.root]?.name ?? String(article.root),
    rootIndex: article.root,
    path: article.path,
    line: article.line,
    title: article.title,
    rawTitle: article.rawTitle,
    kind: article.kind,
    product: article.product,
    date: article.date,
    version: article.version,
    superseded: article.superseded,
    supersededBy: article.supersededBy,
    olderVersions: article.olderVersions.map((id) => {
      const older = kb.byId.get(id)
      return {
        id,
        title: older?.title ?? id,
        date: older?.date ?? null,
        version: older?.version ?? null,
      }
    }),
    keywords: article.keywords,
    responsibility: article.responsibility,
    profile: article.profile,
    sections: article.sections.map((section) => ({
      role: section.role,
      title: section.title,
      line: section.line,
      text: section.text,
      blocks: section.blocks,
    })),
    steps: article.steps,
    reply: {
      status: article.reply.status,
      text: article.reply.text,
      blocks: article.reply.blocks,
      placeholders: article.reply.placeholders,
      variants: article.reply.variants.map((v) => ({
        label: v.label,
        text: v.text,
        blocks: v.blocks,
        fields: v.fields,
      })),
    },
  }
}
