// Hand-written articles for the in-memory fake client (UI development and component tests).
// Written for this project: none of this text comes from the real knowledge base.
import type { ArticleView } from '../../../core/api/types'
import type { Block, Inline } from '../../../core/rst/types'
import type { ReplyFieldKind, SectionRole } from '../../../core/knowledge/types'

const text = (value: string): Inline => ({ type: 'text', value })
const para = (line: number, ...children: (string | Inline)[]): Block => ({
  type: 'paragraph',
  line,
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
})

interface FakeSection {
  role: SectionRole
  title: string
  line: number
  blocks: Block[]
}

/** A fake article: the view plus the reply template with its fill-in fields. */
export interface FakeArticle {
  view: ArticleView
  template: string
  fields: { id: string; kind: ReplyFieldKind; token: string; label: string }[]
}

function plain(blocks: Block[]): string {
  const out: string[] = []
  const inl = (xs: Inline[]): string =>
    xs
      .map((x) =>
        'value' in x && typeof x.value === 'string'
          ? x.value
          : 'children' in x
            ? inl(x.children)
            : '',
      )
      .join('')
  const walk = (b: Block): void => {
    if (b.type === 'paragraph') out.push(inl(b.children))
    else if (b.type === 'bullet_list' || b.type === 'enumerated_list')
      b.items.forEach((i) => i.children.forEach(walk))
    else if (b.type === 'admonition') b.children.forEach(walk)
    else if (b.type === 'literal_block') out.push(b.value)
  }
  blocks.forEach(walk)
  return out.join('\n')
}

function article(
  base: Omit<ArticleView, 'sections' | 'reply'> & {
    sections: FakeSection[]
    template: string
    fields: FakeArticle['fields']
  },
): FakeArticle {
  const { sections, template, fields, ...rest } = base
  const view: ArticleView = {
    ...rest,
    sections: sections.map((s) => ({ ...s, text: plain(s.blocks) })),
    reply: {
      status: template ? (fields.length ? 'placeholder' : 'ready') : 'missing',
      text: template,
      blocks: [],
      placeholders: fields.map((f) => f.token),
    },
  }
  return { view, template, fields }
}

const REPLY_ENVIRONMENTS = [
  'Prezado(a) [nome do solicitante],',
  '',
  'Em atenção ao chamado de número ________, verificamos que o processo foi entregue a um ambiente de testes que usa o mesmo certificado do ambiente de produção.',
  '',
  'Pedimos que o órgão devolva o processo pelo ambiente de testes e gere um certificado próprio para ele. Protocolo de acompanhamento: {Protocolo}.',
  '',
  'Atenciosamente,',
  '(Nome do atendente)',
].join('\n')

/** The fake knowledge base. */
export const FAKE_ARTICLES: FakeArticle[] = [
  article({
    id: 'fake:tramita/ambiente-de-testes',
    root: 'fake',
    rootIndex: 0,
    path: 'Tramita/Processo_entregue_ao_ambiente_de_testes.rst',
    line: 1,
    title: 'Processo entregue ao ambiente de testes',
    rawTitle: '2025.03.10-Processo entregue ao ambiente de testes-V2',
    kind: 'script',
    product: 'tramita',
    date: '2025-03-10',
    version: 2,
    superseded: false,
    supersededBy: null,
    olderVersions: [
      {
        id: 'fake:tramita/ambiente-de-testes-v1',
        title: 'Processo entregue ao ambiente de testes',
        date: '2024-05-02',
        version: 1,
      },
    ],
    keywords: ['status 6', 'certificado', 'homologação'],
    responsibility: 'Atendente N2',
    profile: 'Gestor de protocolo',
    sections: [
      {
        role: 'situation',
        title: 'Situação',
        line: 4,
        blocks: [
          para(
            6,
            'O trâmite chega ao ',
            { type: 'strong', children: [text('status 6')] },
            ', mas a unidade de destino não encontra o processo.',
          ),
        ],
      },
      {
        role: 'when',
        title: 'Quando Ocorre',
        line: 9,
        blocks: [
          para(
            11,
            'Quando o ambiente de testes do órgão usa o mesmo certificado digital que a produção. Veja a ',
            {
              type: 'link',
              url: 'https://wiki.processoeletronico.gov.br/pt-br/latest/Tramita/Perguntas/Certificados.html#um-certificado-por-ambiente',
              children: [text('pergunta sobre certificados')],
            },
            ' e o ',
            {
              type: 'link',
              url: 'https://www.gov.br/exemplo',
              children: [text('portal do serviço')],
            },
            '.',
          ),
        ],
      },
      {
        role: 'solution',
        title: 'Solução Sugerida',
        line: 14,
        blocks: [
          {
            type: 'enumerated_list',
            line: 16,
            enumType: 'arabic',
            start: 1,
            items: [
              {
                line: 16,
                children: [para(16, 'Confirmar no painel que o trâmite está no status 6.')],
              },
              { line: 17, children: [para(17, 'Identificar o ambiente que recebeu o processo.')] },
              { line: 18, children: [para(18, 'Pedir a devolução do processo à origem.')] },
              { line: 19, children: [para(19, 'Orientar a geração de um certificado próprio.')] },
            ],
          },
          {
            type: 'admonition',
            line: 21,
            kind: 'warning',
            title: null,
            children: [para(22, 'Antes de alterar a base, faça uma cópia de segurança.')],
          },
          {
            type: 'literal_block',
            line: 24,
            value: 'SELECT id, status FROM tramite WHERE status = 6;',
          },
          {
            type: 'image',
            line: 26,
            uri: '/_static/images/exemplo-painel.png',
            alt: 'Painel de trâmites',
          },
        ],
      },
      {
        role: 'reply',
        title: 'Modelo de Resposta para Chamados',
        line: 28,
        blocks: REPLY_ENVIRONMENTS.split('\n\n').map((p, i) => para(30 + i * 2, p)),
      },
      {
        role: 'responsibility',
        title: 'Atribuições e responsabilidades',
        line: 40,
        blocks: [para(42, 'Atendente N2')],
      },
    ],
    steps: [
      {
        key: 'confirmar-status-6',
        index: 0,
        label: 'Confirmar no painel que o trâmite está no status 6.',
        detail: '',
        line: 16,
      },
      {
        key: 'identificar-ambiente',
        index: 1,
        label: 'Identificar o ambiente que recebeu o processo.',
        detail: '',
        line: 17,
      },
      {
        key: 'pedir-devolucao',
        index: 2,
        label: 'Pedir a devolução do processo à origem.',
        detail: '',
        line: 18,
      },
      {
        key: 'orientar-certificado',
        index: 3,
        label: 'Orientar a geração de um certificado próprio.',
        detail: '',
        line: 19,
      },
    ],
    template: REPLY_ENVIRONMENTS,
    fields: [
      {
        id: 'requester',
        kind: 'requester',
        token: '[nome do solicitante]',
        label: 'Nome do solicitante',
      },
      { id: 'ticket', kind: 'ticket', token: '________', label: 'Número do chamado' },
      { id: 'protocol', kind: 'protocol', token: '{Protocolo}', label: 'Número do processo (NUP)' },
      { id: 'agent', kind: 'agent', token: '(Nome do atendente)', label: 'Nome do atendente' },
    ],
  }),
  article({
    id: 'fake:tramita/ambiente-de-testes-v1',
    root: 'fake',
    rootIndex: 0,
    path: 'Tramita/Revisados/Processo_entregue_ao_ambiente_de_testes.rst',
    line: 1,
    title: 'Processo entregue ao ambiente de testes',
    rawTitle: '2024.05.02-Processo entregue ao ambiente de testes-V1',
    kind: 'script',
    product: 'tramita',
    date: '2024-05-02',
    version: 1,
    superseded: true,
    supersededBy: 'fake:tramita/ambiente-de-testes',
    olderVersions: [],
    keywords: ['status 6'],
    responsibility: 'Atendente N2',
    profile: null,
    sections: [
      {
        role: 'situation',
        title: 'Situação',
        line: 4,
        blocks: [para(6, 'Versão antiga: o processo no status 6 não aparece no destino.')],
      },
    ],
    steps: [],
    template: 'Prezado(a), resposta antiga.',
    fields: [],
  }),
  article({
    id: 'fake:sei/modulo-assinatura',
    root: 'fake',
    rootIndex: 0,
    path: 'MODULOS_SEI/Modulo_de_assinatura_nao_aparece.rst',
    line: 1,
    title: 'Módulo de assinatura não aparece no menu',
    rawTitle: 'Módulo de assinatura não aparece no menu',
    kind: 'script',
    product: 'modulos',
    date: null,
    version: null,
    superseded: false,
    supersededBy: null,
    olderVersions: [],
    keywords: ['módulo', 'menu', 'assinatura'],
    responsibility: 'Atendente N1',
    profile: null,
    sections: [
      {
        role: 'situation',
        title: 'Objetivo',
        line: 4,
        blocks: [para(6, 'Orientar quando o módulo de assinatura não aparece no menu do SEI.')],
      },
      {
        role: 'solution',
        title: 'Descrição',
        line: 9,
        blocks: [
          para(
            11,
            { type: 'strong', children: [text('Passo 1:')] },
            ' Conferir o perfil do usuário.',
          ),
          para(
            12,
            { type: 'strong', children: [text('Passo 2:')] },
            ' Limpar o cache do navegador.',
          ),
        ],
      },
    ],
    steps: [
      {
        key: 'conferir-perfil',
        index: 0,
        label: 'Conferir o perfil do usuário.',
        detail: '',
        line: 11,
      },
      {
        key: 'limpar-cache',
        index: 1,
        label: 'Limpar o cache do navegador.',
        detail: '',
        line: 12,
      },
    ],
    template: '',
    fields: [],
  }),
  article({
    id: 'fake:nup/validar-nup',
    root: 'fake',
    rootIndex: 0,
    path: 'NUP/Perguntas_frequentes/Como_validar_um_NUP.rst',
    line: 1,
    title: 'Como validar um NUP',
    rawTitle: 'Como validar um NUP',
    kind: 'faq',
    product: 'nup',
    date: null,
    version: null,
    superseded: false,
    supersededBy: null,
    olderVersions: [],
    keywords: ['nup', 'dígito verificador'],
    responsibility: null,
    profile: null,
    sections: [
      {
        role: 'other',
        title: 'Como validar um NUP',
        line: 1,
        blocks: [
          para(3, 'O NUP tem 17 dígitos; os dois últimos são dígitos verificadores.'),
          {
            type: 'bullet_list',
            line: 5,
            items: [
              {
                line: 5,
                children: [
                  para(5, 'Formato: ', { type: 'literal', value: '00000.000000/0000-00' }),
                ],
              },
              { line: 6, children: [para(6, 'Use a calculadora do portal para conferir.')] },
            ],
          },
        ],
      },
    ],
    steps: [],
    template: 'Prezado(a) [nome do solicitante], o NUP informado é válido.',
    fields: [
      {
        id: 'requester',
        kind: 'requester',
        token: '[nome do solicitante]',
        label: 'Nome do solicitante',
      },
    ],
  }),
]
