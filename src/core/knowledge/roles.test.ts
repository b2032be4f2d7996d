import { describe, expect, it } from 'vitest'
import { headingRole } from './roles'

describe('headingRole', () => {
  it.each([
    ['Situação', 'situation', '2023'],
    ['SITUACAO', 'situation', '2023'],
    ['Situação\u202f', 'situation', '2023'],
    ['Objetivo', 'situation', '2025'],
    ['Quando  Ocorre', 'when', '2023'],
    ['Solução Sugerida\u00a0', 'solution', '2023'],
    ['Descrição', 'solution', '2025'],
    ['Modelo de Resposta para Chamados', 'reply', '2023'],
    ['Ação Padrão', 'reply', '2025'],
    ['Atribuições e Responsabilidades', 'responsibility', null],
    ['Perfil do usuário', 'profile', '2023'],
    ['Palavras-chave:', 'keywords', null],
    ['Referências', 'references', null],
    ['Atenção', 'caution', null],
    ['Documentação de apoio', 'other', null],
  ])('%s → %s', (heading, role, template) => {
    expect(headingRole(heading)).toEqual({ role, template })
  })
})
