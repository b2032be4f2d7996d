/** Team mode's errors worded for a person, in both of the app's languages. */
import type { TeamErrorCode, TeamErrorInfo } from './types'

type Params = Record<string, string | number>
type Wording = Record<TeamErrorCode, (p: Params) => string>

const PT: Wording = {
  'not-configured': () =>
    'Modo equipe não configurado: informe o endereço do servidor e o usuário nas configurações.',
  'insecure-url': (p) =>
    `O servidor ${p.host} usa HTTP sem criptografia; use HTTPS ou permita HTTP explicitamente.`,
  'bad-url': (p) =>
    `Endereço do servidor inválido: ${p.url}. Use https://servidor/banco, sem usuário e senha.`,
  unreachable: (p) =>
    `Servidor da equipe inacessível (${p.host}). Seu trabalho continua gravado neste computador e será enviado quando a conexão voltar.`,
  unauthorized: (p) =>
    `Usuário ou senha incorretos para ${p.user} no servidor da equipe. Nada local foi alterado.`,
  forbidden: (p) =>
    `O servidor da equipe recusou a gravação de ${p.user}${p.detail ? ` (${p.detail})` : ''}.`,
  'no-database': (p) =>
    `O banco da equipe não existe em ${p.url}: peça ao administrador para criá-lo.`,
  busy: () =>
    'Outra sincronização está em andamento nesta pasta de dados; tente de novo em instantes.',
  'server-error': (p) => `O servidor da equipe respondeu com erro (${p.status}). Tente mais tarde.`,
}

const EN: Wording = {
  'not-configured': () => 'Team mode is not set up: enter the server address and user in Settings.',
  'insecure-url': (p) =>
    `Server ${p.host} uses unencrypted HTTP; use HTTPS or allow HTTP explicitly.`,
  'bad-url': (p) =>
    `Invalid server address: ${p.url}. Use https://server/database, without user and password.`,
  unreachable: (p) =>
    `Team server unreachable (${p.host}). Your work stays recorded on this computer and is sent when the connection returns.`,
  unauthorized: (p) =>
    `Wrong user name or password for ${p.user} on the team server. Nothing local was changed.`,
  forbidden: (p) =>
    `The team server refused a write by ${p.user}${p.detail ? ` (${p.detail})` : ''}.`,
  'no-database': (p) =>
    `The team database does not exist at ${p.url}: ask the administrator to create it.`,
  busy: () => 'Another sync is running on this data folder; try again in a moment.',
  'server-error': (p) => `The team server answered with an error (${p.status}). Try later.`,
}

/** A team error in the agent's language. */
export function teamErrorMessage(error: TeamErrorInfo, language: 'pt-BR' | 'en' = 'pt-BR'): string {
  return (language === 'en' ? EN : PT)[error.code](error.params)
}

/** One line saying what a round moved. */
export function syncReportLine(
  report: { pushed: number; pulled: number; merged: number; updatedLocally: number },
  language: 'pt-BR' | 'en' = 'pt-BR',
): string {
  const { pushed, pulled, merged, updatedLocally } = report
  return language === 'en'
    ? `sent ${pushed}, received ${pulled}, conflicts merged ${merged}, tickets updated here ${updatedLocally}`
    : `enviados ${pushed}, recebidos ${pulled}, conflitos mesclados ${merged}, chamados atualizados aqui ${updatedLocally}`
}
