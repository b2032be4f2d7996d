/** Hand-written articles for ticket tests (text written for this project, not from the KB). */
import type { Block, Inline } from '../../rst/types'
import type { Article, ChecklistStep, ReplyField, ReplyTemplate } from '../../knowledge/types'

const text = (value: string): Inline => ({ type: 'text', value })
const para = (line: number, ...children: Inline[]): Block => ({ type: 'paragraph', line, children })

export function step(index: number, label: string, key = `passo-${index + 1}`): ChecklistStep {
  return {
    key,
    index,
    label,
    text: label,
    detail: `Detalhe do passo ${index + 1}.`,
    kind: 'act',
    condition: null,
    links: [],
    source: 'article',
    line: 10 + index,
  }
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'kb:scripts/certificado.rst',
    root: 0,
    path: 'scripts/certificado.rst',
    line: 1,
    anchor: 'certificado',
    kind: 'script',
    product: 'tramita',
    title: 'Certificado em dois ambientes',
    rawTitle: '2024.01.02-Certificado em dois ambientes-V1',
    date: '2024-01-02',
    version: 1,
    superseded: false,
    supersededBy: null,
    olderVersions: [],
    template: '2023',
    sections: [],
    keywords: [],
    responsibility: 'Atendente N2',
    profile: null,
    reply: readyReply(),
    steps: [
      step(0, 'Confirmar o status do trâmite'),
      step(1, 'Identificar o ambiente que recebeu'),
      step(2, 'Orientar a devolução à origem'),
    ],
    ...overrides,
  }
}

/** "Prezado(a)," with no name mark, a ticket blank, a protocol mark, a link and the agent mark. */
export function readyReply(): ReplyTemplate {
  const blocks: Block[] = [
    para(20, text('Prezado(a),')),
    para(
      22,
      text(
        'Sobre o chamado de número ________, o processo {Informe o Protocolo Aqui} foi recebido.',
      ),
    ),
    para(
      24,
      text('Consulte a '),
      {
        type: 'link',
        url: 'https://example.gov.br/faq?a=1&b=2',
        children: [text('FAQ <oficial>')],
      },
      text('.'),
    ),
    para(26, text('Atenciosamente,')),
    para(27, text('(Nome do atendente)')),
  ]
  const fields: ReplyField[] = [
    { id: 'salutation', kind: 'salutation', token: 'Prezado(a)', label: 'Saudação', line: 20 },
    { id: 'ticket', kind: 'ticket', token: '________', label: 'Número do chamado', line: 22 },
    {
      id: 'protocol',
      kind: 'protocol',
      token: '{Informe o Protocolo Aqui}',
      label: 'Protocolo',
      line: 22,
    },
    { id: 'agent', kind: 'agent', token: '(Nome do atendente)', label: 'Atendente', line: 27 },
  ]
  return {
    status: 'ready',
    blocks,
    text: 'Prezado(a),\n\nSobre o chamado de número ________, o processo {Informe o Protocolo Aqui} foi recebido.\n\nConsulte a FAQ <oficial>.\n\nAtenciosamente,\n\n(Nome do atendente)',
    placeholders: ['Prezado(a)', '________', '{Informe o Protocolo Aqui}', '(Nome do atendente)'],
    fields,
    variants: [{ label: '', blocks, text: '', fields, line: 20 }],
  }
}

/** "Prezado(a) [nome do usuário]," — the template names the requester itself. */
export function namedReply(): ReplyTemplate {
  const blocks = [
    para(30, text('Prezado(a) [nome do usuário],')),
    para(32, text('Atenciosamente,')),
  ]
  const fields: ReplyField[] = [
    { id: 'salutation', kind: 'salutation', token: 'Prezado(a)', label: 'Saudação', line: 30 },
    {
      id: 'requester',
      kind: 'requester',
      token: '[nome do usuário]',
      label: 'Nome do usuário',
      line: 30,
    },
  ]
  return {
    status: 'ready',
    blocks,
    text: 'Prezado(a) [nome do usuário],\n\nAtenciosamente,',
    placeholders: ['Prezado(a)', '[nome do usuário]'],
    fields,
    variants: [{ label: '', blocks, text: '', fields, line: 30 }],
  }
}

export function stubReply(): ReplyTemplate {
  return {
    status: 'placeholder',
    blocks: [para(40, text('Respostas em construção.'))],
    text: 'Respostas em construção.',
    placeholders: [],
    fields: [],
    variants: [],
  }
}
