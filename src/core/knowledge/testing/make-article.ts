/** Builds Article objects for tests and benchmarks (text written for this project). */
import type { Article, ArticleSection, ChecklistStep, SectionRole } from '../types'

export interface ArticleSpec {
  id?: string
  path?: string
  title: string
  sections?: Partial<Record<SectionRole, string>>
  keywords?: string[]
  kind?: Article['kind']
  product?: Article['product']
  superseded?: boolean
  supersededBy?: string | null
  olderVersions?: string[]
  version?: number | null
  responsibility?: string | null
  reply?: string
}

const TITLES: Record<string, string> = {
  situation: 'Situação',
  when: 'Quando Ocorre',
  solution: 'Solução Sugerida',
  reply: 'Modelo de Resposta para Chamados',
  responsibility: 'Atribuições e responsabilidades',
  keywords: 'Palavras-chave',
}

/** A minimal but complete Article from a short spec. */
export function makeArticle(spec: ArticleSpec): Article {
  const path = spec.path ?? `Scripts/${spec.title.replace(/\W+/g, '_')}.rst`
  const sections: ArticleSection[] = Object.entries(spec.sections ?? {}).map(([role, text], i) => ({
    role: role as SectionRole,
    title: TITLES[role] ?? role,
    line: i * 5 + 4,
    blocks: [],
    text: text ?? '',
  }))
  const replyText = spec.reply ?? spec.sections?.reply ?? ''
  return {
    id: spec.id ?? path,
    root: 0,
    path,
    line: 1,
    anchor: '',
    kind: spec.kind ?? 'script',
    product: spec.product ?? 'tramita',
    title: spec.title,
    rawTitle: spec.title,
    date: null,
    version: spec.version ?? null,
    superseded: spec.superseded ?? false,
    supersededBy: spec.supersededBy ?? null,
    olderVersions: spec.olderVersions ?? [],
    template: '2023',
    sections,
    keywords: spec.keywords ?? [],
    responsibility: spec.responsibility ?? null,
    profile: null,
    reply: {
      status: replyText ? 'ready' : 'missing',
      blocks: [],
      text: replyText,
      placeholders: [],
      fields: [],
      variants: [],
    },
    steps: [],
  }
}

/** A checklist step for tests: an "act" step on no branch, its text the label. */
export function makeStep(index: number, label: string, key = `k${index}`): ChecklistStep {
  return {
    key,
    index,
    label,
    text: label,
    detail: '',
    kind: 'act',
    condition: null,
    links: [],
    source: 'article',
    line: 1,
  }
}
