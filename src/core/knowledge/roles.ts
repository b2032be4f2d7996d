import type { SectionRole } from './types'
import { foldText } from '../text/fold'

export interface HeadingRole {
  role: SectionRole
  /** The template the heading belongs to, when it is specific to one. */
  template: '2023' | '2025' | null
}

// Folded heading → role. 2025 names (Objetivo, Descrição, Ação Padrão) mark the 2025 template.
const ROLE_NAMES: Record<string, HeadingRole> = {
  situacao: { role: 'situation', template: '2023' },
  objetivo: { role: 'situation', template: '2025' },
  'quando ocorre': { role: 'when', template: '2023' },
  'solucao sugerida': { role: 'solution', template: '2023' },
  descricao: { role: 'solution', template: '2025' },
  'modelo de resposta para chamados': { role: 'reply', template: '2023' },
  'modelo de resposta': { role: 'reply', template: null },
  'acao padrao': { role: 'reply', template: '2025' },
  'atribuicoes e responsabilidades': { role: 'responsibility', template: null },
  'perfil do usuario': { role: 'profile', template: '2023' },
  'palavras-chave': { role: 'keywords', template: null },
  'palavras chave': { role: 'keywords', template: null },
  referencias: { role: 'references', template: null },
  atencao: { role: 'caution', template: null },
}

/** The roles a complete script of each template has, in order. */
export const TEMPLATE_ROLES: Record<'2023' | '2025', SectionRole[]> = {
  '2023': [
    'situation',
    'when',
    'solution',
    'reply',
    'responsibility',
    'profile',
    'keywords',
    'references',
  ],
  '2025': ['situation', 'responsibility', 'solution', 'caution', 'reply'],
}

/**
 * Roles that make a group of sections a script: the templates' own, but for references and
 * cautions (those appear anywhere).
 */
export const SCRIPT_ROLES: ReadonlySet<SectionRole> = new Set(
  [...TEMPLATE_ROLES['2023'], ...TEMPLATE_ROLES['2025']].filter(
    (role) => role !== 'references' && role !== 'caution',
  ),
)

/** Role of a section heading, ignoring accents, case, spacing, NBSP/NNBSP and a trailing colon. */
export function headingRole(heading: string): HeadingRole {
  const key = foldText(heading)
    .replace(/[:.]+$/u, '')
    .trim()
  return ROLE_NAMES[key] ?? { role: 'other', template: null }
}
