/** A handful of knowledge files written for the renderer's tests (no text from the real KB). */

function title(text: string, mark: string): string {
  return `${text}\n${mark.repeat(text.length + 2)}\n`
}

/** Two steps, a reply with a requester, a ticket number and a process number to fill. */
export const CERTIFICATE_ID = 'kb/Tramita/Certificado_compartilhado.rst'
/** One step and a reply with only the requester. */
export const STATUS_ID = 'kb/Tramita/Status_parado.rst'
/** A script whose reply is still a stub. */
export const STUB_ID = 'kb/SEI/Assinatura_bloqueada.rst'
/** An article in a "superados" folder: hidden from search unless asked for. */
export const OLD_ID = 'kb/superados/Gateway_antigo.rst'

export const TEST_FILES: Record<string, string> = {
  'Tramita/Certificado_compartilhado.rst': [
    title('2024.08.29-Ambientes com o mesmo certificado digital-V2', '='),
    title('Situação', '~'),
    'O processo enviado chega a um ambiente de homologação do órgão de destino.',
    '',
    title('Solução Sugerida', '~'),
    '1. Conferir o certificado digital do ambiente de homologação.',
    '2. Orientar a troca do certificado do ambiente indevido.',
    '',
    title('Modelo de Resposta para Chamados', '~'),
    'Prezado(a) [nome do usuário],',
    '',
    'Em atenção ao chamado de número ________, informamos que o processo {Informe o Protocolo Aqui} foi entregue a outro ambiente.',
    '',
    'Atenciosamente,',
    '',
    '(Nome do atendente)',
    '',
    title('Atribuições e responsabilidades', '~'),
    'Atendentes N1 – Caso destinatário; N2 – Caso remetente',
    '',
    title('Palavras-chave', '~'),
    'certificado digital | homologação',
    '',
  ].join('\n'),
  'Tramita/Status_parado.rst': [
    title('2024.09.10-Trâmite parado no status 4-V1', '='),
    title('Situação', '~'),
    'O trâmite fica parado no status 4 e o recibo não chega.',
    '',
    title('Solução Sugerida', '~'),
    '1. Reiniciar a fila de envio do gearman.',
    '',
    title('Modelo de Resposta para Chamados', '~'),
    'Prezado(a) [nome do usuário],',
    '',
    'A fila foi reiniciada e o trâmite seguiu.',
    '',
    'Atenciosamente,',
    '',
    title('Atribuições e responsabilidades', '~'),
    'Atendente N2',
    '',
  ].join('\n'),
  'SEI/Assinatura_bloqueada.rst': [
    title('2024.03.01-Assinatura bloqueada no SEI-V1', '='),
    title('Situação', '~'),
    'O usuário não consegue assinar documentos no módulo de assinatura.',
    '',
    title('Solução Sugerida', '~'),
    '1. Verificar a permissão de assinatura do usuário.',
    '',
    title('Modelo de Resposta para Chamados', '~'),
    'Respostas em Construção.',
    '',
  ].join('\n'),
  'superados/Gateway_antigo.rst': [
    title('2019.05.02-Gateway antigo fora do ar-V1', '='),
    title('Situação', '~'),
    'O gateway antigo de envio ficou fora do ar.',
    '',
    title('Solução Sugerida', '~'),
    '1. Usar o gateway novo.',
    '',
  ].join('\n'),
}
