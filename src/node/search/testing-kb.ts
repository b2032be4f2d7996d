// Test helper: a tiny knowledge folder written for these tests (no text from the real KB).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** One 2023-template script article as reStructuredText. */
export function scriptRst(title: string, situation: string, solution: string): string {
  const heading = `2024.01.10-${title}-V1`
  return [
    heading,
    '='.repeat(heading.length + 2),
    '',
    'Situação',
    '~~~~~~~~',
    '',
    situation,
    '',
    'Solução Sugerida',
    '~~~~~~~~~~~~~~~~',
    '',
    solution,
    '',
    'Atribuições e responsabilidades',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
    '',
    'Atendente N1',
    '',
  ].join('\n')
}

/** A temporary knowledge folder with two articles, and a data folder beside it. */
export function makeKnowledgeDir(): { knowledge: string; data: string } {
  const base = mkdtempSync(join(tmpdir(), 'roteiro-search-'))
  const knowledge = join(base, 'kb')
  mkdirSync(join(knowledge, 'Scripts_Atendimento', 'Tramita_GOV_BR'), { recursive: true })
  writeFileSync(
    join(knowledge, 'Scripts_Atendimento', 'Tramita_GOV_BR', 'Gearman_parado.rst'),
    scriptRst(
      'Fila do gearman parada',
      'A fila de envio do gearman parou e os processos não saem da origem.',
      'Reiniciar o serviço gearman e conferir o supervisor.',
    ),
  )
  writeFileSync(
    join(knowledge, 'Scripts_Atendimento', 'Tramita_GOV_BR', 'Certificado_vencido.rst'),
    scriptRst(
      'Certificado vencido no ambiente',
      'O certificado digital do ambiente venceu e o envio falha com erro 403.',
      'Gerar um novo certificado e atualizar a configuração do módulo.',
    ),
  )
  return { knowledge, data: join(base, 'data') }
}
