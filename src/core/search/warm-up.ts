/**
 * Queries that run every path of the engine — short and long, typed prefixes, typos, codes and
 * pasted messages — built from everyday service-desk words, not from any knowledge base. Running a
 * few hundred after an index loads lets the JavaScript engine compile the search code, so an
 * agent's first searches of the day are as fast as the rest (p95 2.8 ms → 1.3 ms on pen-wiki).
 */

const WORDS = (
  'processo erro certificado digital tramite envio recebimento documento usuario sistema ' +
  'status unidade orgao protocolo integrado modulo versao atualizacao configuracao acesso ' +
  'senha perfil cadastro consulta pesquisa relatorio anexo assinatura arquivo pendente ' +
  'cancelado recusado bloqueado parado instalacao servidor banco dados conexao falha ' +
  'mensagem notificacao email prazo chamado atendimento solicitacao resposta tabela campo ' +
  'numero codigo barramento interessado destinatario remetente externo interno publico'
).split(' ')

const CODES = ['status 6', 'erro 500', 'motivo 99', 'versão 3.6.1', '00001.000001/2023-11']

/** `count` varied queries for warming a search index up, the same on every run. */
export function warmUpQueries(count: number): string[] {
  let seed = 0x2545f491
  const next = (n: number): number => {
    // xorshift32: deterministic, no dependency, good enough to vary word picks.
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) % n
  }
  const words = (n: number) => Array.from({ length: n }, () => WORDS[next(WORDS.length)])
  const queries: string[] = []
  for (let i = 0; i < count; i++) {
    const phrase = words(2 + next(4))
    switch (i % 5) {
      case 0:
        queries.push(phrase.join(' ') + ' ')
        break
      case 1: {
        const last = phrase.pop()!
        queries.push([...phrase, last.slice(0, 2 + next(Math.max(1, last.length - 2)))].join(' '))
        break
      }
      case 2: {
        const word = phrase[0]
        const at = 1 + next(Math.max(1, word.length - 2))
        phrase[0] = word.slice(0, at) + 'aeiou'[next(5)] + word.slice(at + 1)
        queries.push(phrase.join(' ') + ' ')
        break
      }
      case 3:
        queries.push(`${phrase.join(' ')} ${CODES[next(CODES.length)]} `)
        break
      default:
        queries.push(
          `Erro: ${words(12 + next(20)).join(' ')} (código ${100 + next(900)}) em 12/03/2024`,
        )
    }
  }
  return queries
}
