import type { Article, LintProblem, SectionRole } from './types'

/** Heading each role has in the templates, for messages. */
export const ROLE_HEADINGS: Record<'2023' | '2025', Partial<Record<SectionRole, string>>> = {
  '2023': {
    situation: 'Situação',
    when: 'Quando Ocorre',
    solution: 'Solução Sugerida',
    reply: 'Modelo de Resposta para Chamados',
    responsibility: 'Atribuições e responsabilidades',
    profile: 'Perfil do usuário',
    keywords: 'Palavras-chave',
    references: 'Referências',
  },
  '2025': {
    situation: 'Objetivo',
    responsibility: 'Atribuições e Responsabilidades',
    solution: 'Descrição',
    caution: 'Atenção',
    reply: 'Ação Padrão',
  },
}

/** Problems of one script: missing template sections, stub reply, no keywords. */
export function scriptLint(article: Article, expected: SectionRole[]): LintProblem[] {
  const problems: LintProblem[] = []
  const template = article.template ?? '2023'
  const present = new Set(article.sections.map((s) => s.role))
  const at = (line: number, severity: 'error' | 'warning', code: string, message: string) =>
    problems.push({ path: article.path, line, severity, code, message })
  for (const role of expected) {
    if (!present.has(role))
      at(
        article.line,
        'warning',
        'missing-role',
        `"${article.title}" has no "${ROLE_HEADINGS[template][role] ?? role}" section`,
      )
  }
  const reply = article.sections.find((s) => s.role === 'reply')
  if (article.reply.status === 'placeholder')
    at(
      reply?.line ?? article.line,
      'warning',
      'stub-reply',
      `"${article.title}" has only the reply stub ("Respostas em Construção")`,
    )
  else if (reply && article.reply.status === 'missing')
    at(reply.line, 'warning', 'empty-reply', `"${article.title}" has an empty reply section`)
  // Only templates that have a keywords section (2023) are expected to carry keywords.
  if (!article.keywords.length && expected.includes('keywords')) {
    const section = article.sections.find((s) => s.role === 'keywords')
    at(
      section?.line ?? article.line,
      'warning',
      'no-keywords',
      `"${article.title}" has no keywords`,
    )
  }
  return problems
}

/** Problems of a file as a whole (its bytes, or why the host could not read it). */
export type FileProblemCode =
  | 'binary-file'
  | 'oversized-file'
  | 'legacy-encoding'
  | 'unreadable-file'
  | 'undecodable-name'
  | 'link-outside'

/** A problem for a file that could not be read as text. */
export function fileProblem(path: string, code: FileProblemCode, message: string): LintProblem {
  const warning = code === 'legacy-encoding' || code === 'link-outside'
  return { path, line: 1, severity: warning ? 'warning' : 'error', code, message }
}
