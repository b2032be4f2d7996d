import type { Article } from '../../knowledge/types'
import { checklistView } from '../checklist'
import { articleProgress, ticketArticleIds } from '../progress'
import type { Ticket } from '../types'

export type ArticleLookup = (articleId: string) => Article | undefined

export interface StepRow {
  /** 0-based index in the article's checklist; null for a step no longer in the article. */
  index: number | null
  key: string
  label: string
  done: boolean
  at: string | null
  note: string
}

export interface ArticleRows {
  articleId: string
  /** Empty when the article is not in the knowledge base any more. */
  title: string
  found: boolean
  steps: StepRow[]
  /** Recorded steps whose key is no longer in the article (all of them when it is not found). */
  orphans: StepRow[]
  /** The article's progress (core/tickets/progress.ts). */
  done: number
  total: number
}

/** Every article of a ticket (linked, or with recorded steps) with its steps and orphans. */
export function ticketRows(ticket: Ticket, lookup: ArticleLookup): ArticleRows[] {
  return ticketArticleIds(ticket).map((articleId) => {
    const article = lookup(articleId)
    if (!article) {
      const { done, total } = articleProgress(ticket, articleId, undefined)
      const orphans = Object.entries(ticket.steps[articleId] ?? {}).map(([key, s]) => ({
        index: null,
        key,
        label: s.label,
        done: s.done,
        at: s.at,
        note: s.note,
      }))
      return { articleId, title: '', found: false, steps: [], orphans, done, total }
    }
    const view = checklistView(ticket, article)
    return {
      articleId,
      title: article.title,
      found: true,
      steps: view.steps.map((s, index) => ({ index, ...pick(s) })),
      orphans: view.orphans.map((s) => ({ index: null, ...pick(s) })),
      done: view.done,
      total: view.total,
    }
  })
}

function pick(s: { key: string; label: string; done: boolean; at: string | null; note: string }) {
  return { key: s.key, label: s.label, done: s.done, at: s.at, note: s.note }
}

/** Ticket status in Portuguese. */
export function statusLabel(status: Ticket['status']): string {
  return status === 'open' ? 'aberto' : 'encerrado'
}

/** The heading of an article's rows: its title, or its id when it left the knowledge roots. */
export function articleHeading(article: ArticleRows): string {
  return article.found ? article.title : `Artigo ${article.articleId} (não encontrado)`
}

/** "3 de 5 passos feitos": a progress as exports print it. */
export function progressLabel(done: number, total: number): string {
  return `${done} de ${total} passo${total === 1 ? '' : 's'} feito${done === 1 ? '' : 's'}`
}

/** The ticket's progress over its rows. */
export function rowsProgress(rows: ArticleRows[]): { done: number; total: number } {
  return {
    done: rows.reduce((n, r) => n + r.done, 0),
    total: rows.reduce((n, r) => n + r.total, 0),
  }
}
