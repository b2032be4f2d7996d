import { describe, expect, it } from 'vitest'
import { parseRst } from '../rst'
import { readArticles } from './read-articles'

const FILE = { root: 0, rootName: 'kb', path: 'Scripts/Tramita/Erro.rst' }

function script(
  title: string,
  over: Partial<Record<string, string>> = {},
  underline = '~',
): string {
  const sections: [string, string][] = [
    ['Situação\u202f', over.situation ?? 'O envio falha.'],
    ['Quando Ocorre', over.when ?? 'Quando o certificado expira.'],
    [
      'Solução Sugerida\u00a0',
      over.solution ??
        '1. Conferir o certificado.\n2. Renovar o certificado.\n3. Reenviar o processo.',
    ],
    [
      'Modelo de Resposta para Chamados',
      over.reply ??
        'Prezado(a) [nome do usuário],\n\nSobre o chamado de número ________, renove o certificado.\n\nAtenciosamente,\n\n(Nome do atendente)',
    ],
    ['Atribuições e responsabilidades', over.responsibility ?? 'Atendente N1'],
    ['Perfil do usuário', 'Gestor'],
    ['Palavras-chave', over.keywords ?? 'certificado | envio | erro'],
    ['Referências', 'Manual.'],
  ]
  const body = sections
    .map(([h, t]) => `${h}\n${underline.repeat(h.length + 2)}\n\n${t}\n`)
    .join('\n')
  return `${title}\n${'='.repeat(title.length + 2)}\n\n${body}`
}

const read = (text: string, file = FILE) => readArticles(parseRst(text), file)

describe('readArticles', () => {
  it('reads a 2023 script: title, roles, keywords, reply fields and list steps', () => {
    const { articles, problems } = read(script('2024.03.01-Erro de envio-V2'))
    expect(articles).toHaveLength(1)
    const [a] = articles
    expect(a).toMatchObject({
      id: 'kb/Scripts/Tramita/Erro.rst',
      kind: 'script',
      template: '2023',
      product: 'tramita',
      title: 'Erro de envio',
      date: '2024-03-01',
      version: 2,
      responsibility: 'Atendente N1',
      profile: 'Gestor',
      keywords: ['certificado', 'envio', 'erro'],
    })
    expect(a.sections.map((s) => s.role)).toEqual([
      'situation',
      'when',
      'solution',
      'reply',
      'responsibility',
      'profile',
      'keywords',
      'references',
    ])
    expect(a.sections[0].title).toBe('Situação')
    expect(a.reply.status).toBe('ready')
    expect(a.reply.placeholders).toEqual([
      'Prezado(a)',
      '[nome do usuário]',
      '________',
      '(Nome do atendente)',
    ])
    expect(a.steps.map((s) => [s.index, s.kind, s.label])).toEqual([
      [1, 'diagnose', 'Conferir o certificado.'],
      [2, 'act', 'Renovar o certificado.'],
      [3, 'act', 'Reenviar o processo.'],
      [4, 'reply', 'Enviar ao usuário a resposta conforme o modelo de resposta do chamado'],
    ])
    expect(problems).toEqual([])
  })

  it('keeps step keys when the rest of the article changes, and merges equal steps', () => {
    const before = read(script('Erro')).articles[0].steps
    const after = read(
      script('2025.01.01-Erro renomeado-V3', {
        situation: 'Outro texto.',
        solution:
          '1. Verificar o painel antes.\n2. Conferir o certificado.\n3. Renovar o certificado.\n4. Reenviar o processo.',
      }),
    ).articles[0].steps
    expect(after.slice(1).map((s) => s.key)).toEqual(before.map((s) => s.key))
    expect(after[0].label).toBe('Verificar o painel antes.')
    // The same instruction twice on the same path is one step.
    const twice = read(script('Erro', { solution: '1. Repetir.\n2. Conferir.\n3. Repetir.' }))
      .articles[0].steps
    expect(twice.map((s) => s.label).slice(0, 2)).toEqual(['Repetir.', 'Conferir.'])
    expect(new Set(twice.map((s) => s.key)).size).toBe(twice.length)
  })

  it('takes the instructions of paragraphs, one step per instruction with its explanation', () => {
    const paras = read(
      script('Erro', {
        solution:
          'Primeiro verifique o painel. O painel mostra o status.\n\nEm seguida reenvie o processo.',
      }),
    )
    // The sentence after an instruction explains it: it stays in that step's text. The connectors
    // that open a step tie it to the sentence before it in the article; a row stands alone.
    expect(paras.articles[0].steps.map((s) => s.text)).toEqual([
      'Verifique o painel. O painel mostra o status.',
      'Reenvie o processo.',
      // A solution this thin leaves the procedure to the reply: what it asks the requester to do.
      'Sobre o chamado de número ________, renove o certificado.',
      'Enviar ao usuário a resposta conforme o modelo de resposta do chamado',
    ])
    // The label is the action with its explanation when both fit.
    expect(paras.articles[0].steps.map((s) => s.label).slice(0, 2)).toEqual([
      'Verifique o painel. O painel mostra o status.',
      'Reenvie o processo.',
    ])
    const one = read(
      script('Erro', { solution: 'Verifique o painel. Confira o log do SEI. Reenvie o processo.' }),
    )
    expect(one.articles[0].steps.filter((s) => s.kind !== 'reply').map((s) => s.text)).toEqual([
      'Verifique o painel.',
      'Confira o log do SEI.',
      'Reenvie o processo.',
      'Sobre o chamado de número ________, renove o certificado.',
    ])
  })

  it('reports missing roles, stub replies, no keywords and impossible dates', () => {
    const text = script('2023.00.18-Erro-V1', {
      reply: '(Indicar como o atendente deverá responder.)\n\nRESPOSTAS EM CONSTRUCAO.',
      keywords: '..',
    }).replace(/Quando Ocorre\n~+\n\nQuando o certificado expira.\n/u, '')
    const { articles, problems } = read(text)
    expect(articles[0].reply).toMatchObject({ status: 'placeholder', fields: [] })
    expect(articles[0].date).toBeNull()
    expect(problems.map((p) => p.code).sort()).toEqual([
      'impossible-date',
      'missing-role',
      'no-keywords',
      'stub-reply',
    ])
    expect(problems.find((p) => p.code === 'missing-role')?.message).toContain('Quando Ocorre')
  })

  it('keeps every responsibility line, not only the first', () => {
    const text = script('Erro', {
      responsibility: 'Atendentes N1 – Caso destinatário\n\nAtendentes N2 – Caso remetente',
    })
    expect(read(text).articles[0].responsibility).toBe(
      'Atendentes N1 – Caso destinatário; Atendentes N2 – Caso remetente',
    )
  })

  it('ignores the template guidance as a responsibility', () => {
    const text = script('Erro', {
      responsibility: '(Indicar quem é responsável pelo atendimento da demanda.)',
    })
    expect(read(text).articles[0].responsibility).toBeNull()
  })

  it('treats an absent reply as missing', () => {
    const text = script('Erro').replace(/Modelo de Resposta[\s\S]*?(?=Atribuições)/u, '')
    expect(read(text).articles[0].reply.status).toBe('missing')
  })

  it('reads many scripts from one collection file, with anchored ids', () => {
    const text = `Coleção\n=======\n\nApoio\n+++++\n\nTexto.\n\nScripts\n+++++++\n\n${script('Primeiro erro', {}, '~').replace(/=+/u, '-'.repeat(20))}\n${script('Segundo erro', {}, '~').replace(/=+/u, '-'.repeat(20))}`
    const { articles } = read(text, { ...FILE, path: 'superados/Colecao.rst' })
    expect(articles.map((a) => a.id)).toEqual([
      'kb/superados/Colecao.rst#primeiro-erro',
      'kb/superados/Colecao.rst#segundo-erro',
    ])
    expect(articles.every((a) => a.superseded && a.kind === 'script')).toBe(true)
  })

  it('hoists role sections nested by a wrong underline out of the reply', () => {
    const text = script('Erro').replace(
      /(Atribuições e responsabilidades|Perfil do usuário)\n~+/gu,
      (_m, h: string) => `${h}\n${'^'.repeat(h.length + 2)}`,
    )
    const { articles, problems } = read(text)
    const a = articles[0]
    expect(a.reply.text).not.toContain('Atendente N1')
    expect(a.responsibility).toBe('Atendente N1')
    expect(a.sections.map((s) => s.role)).toContain('profile')
    expect(problems.filter((p) => p.code === 'nested-role')).toHaveLength(2)
  })

  it('reads 2025 scripts with Passo steps', () => {
    const text = `2025.05.23-Erro no módulo\n========================\n\nObjetivo\n~~~~~~~~\n\nOrientar.\n\nAtribuições e Responsabilidades\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nEquipe de nível 1\n\nDescrição\n~~~~~~~~~\n\nO erro aparece.\n\n**Passo 1:** Atualizar o módulo.\n\n.. code-block:: bash\n\n   git pull\n\n**Passo 2:** Limpar o cache.\n\nAtenção\n~~~~~~~\n\nCuidado.\n\nAção Padrão\n~~~~~~~~~~~\n\nPrezado(a), atualize.\n`
    const { articles, problems } = read(text, { ...FILE, path: 'Scripts/MODULOS_SEI/Erro.rst' })
    const [a] = articles
    expect(a).toMatchObject({
      template: '2025',
      product: 'modulos',
      responsibility: 'Equipe de nível 1',
      version: null,
    })
    expect(a.steps.map((s) => [s.kind, s.label])).toEqual([
      ['act', 'Atualizar o módulo.'],
      ['act', 'Limpar o cache.'],
      ['precaution', 'Cuidado.'],
      ['reply', 'Enviar ao usuário a resposta conforme o modelo de resposta do chamado'],
    ])
    expect(a.steps[0].detail).toContain('git pull')
    expect(a.reply.status).toBe('ready')
    expect(problems).toEqual([])
  })

  it('reads each FAQ question as an article and other files as pages', () => {
    const faq = `Dúvidas\n=======\n\nO que é NUP?\n++++++++++++\n\nÉ o número.\n\nComo consulto?\n++++++++++++++\n\nNo portal.\n`
    const asFaq = read(faq, { ...FILE, path: 'NUP/Perguntas_frequentes/Duvidas.rst' }).articles
    expect(asFaq.map((a) => [a.kind, a.title, a.id])).toEqual([
      ['faq', 'O que é NUP?', 'kb/NUP/Perguntas_frequentes/Duvidas.rst#o-que-e-nup'],
      ['faq', 'Como consulto?', 'kb/NUP/Perguntas_frequentes/Duvidas.rst#como-consulto'],
    ])
    expect(asFaq[0].sections[0].text).toBe('É o número.')
    const named = read(faq, { ...FILE, path: 'NUP/Perguntas_frequentes.rst' }).articles
    expect(named.map((a) => [a.kind, a.id])).toEqual([
      ['faq', 'kb/NUP/Perguntas_frequentes.rst#o-que-e-nup'],
      ['faq', 'kb/NUP/Perguntas_frequentes.rst#como-consulto'],
    ])
    const page = read(faq, { ...FILE, path: 'NUP/Duvidas.rst' }).articles
    expect(page).toHaveLength(1)
    expect(page[0]).toMatchObject({
      kind: 'page',
      title: 'Dúvidas',
      template: null,
      id: 'kb/NUP/Duvidas.rst',
    })
    expect(page[0].sections.map((s) => s.title)).toEqual(['O que é NUP?', 'Como consulto?'])
    const untitled = read('Só um parágrafo.\n', { ...FILE, path: 'a/Sem_titulo.rst' }).articles[0]
    expect(untitled).toMatchObject({ kind: 'page', title: 'Sem titulo' })
  })
})
