// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { Block } from '../../../core/rst/types'
import { createRoteiroI18n } from '../i18n'
import { knowledgeImagePath } from '../../../core/knowledge/links'
import { RST_CONTEXT } from '../composables/rst-context'
import RstBlock from './RstBlock.vue'

const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>'
const BLOCKS: Block[] = [
  { type: 'paragraph', line: 1, children: [{ type: 'text', value: evil }] },
  {
    type: 'paragraph',
    line: 2,
    children: [
      { type: 'strong', children: [{ type: 'text', value: 'Passo 1:' }] },
      { type: 'text', value: ' veja ' },
      {
        type: 'link',
        url: 'https://example.org/a',
        children: [{ type: 'text', value: 'o portal' }],
      },
      { type: 'link', url: null, children: [{ type: 'text', value: 'javascript' }] },
    ],
  },
  {
    type: 'enumerated_list',
    line: 3,
    enumType: 'loweralpha',
    start: 1,
    items: [
      {
        line: 3,
        children: [{ type: 'paragraph', line: 3, children: [{ type: 'text', value: 'um' }] }],
      },
    ],
  },
  { type: 'literal_block', line: 5, value: '<b>SELECT 1</b>' },
  { type: 'admonition', line: 7, kind: 'warning', title: null, children: [] },
  { type: 'image', line: 9, uri: '../img/a.png', alt: 'painel' },
  {
    type: 'section',
    line: 11,
    level: 2,
    title: [{ type: 'text', value: 'Sub' }],
    titleText: 'Sub',
    anchor: 'sub',
    children: [],
  },
]

describe('RstBlock', () => {
  it('renders the tree as DOM, never as markup', () => {
    const wrapper = mount(RstBlock, {
      props: { blocks: BLOCKS },
      global: {
        plugins: [createRoteiroI18n('pt-BR')],
        provide: {
          [RST_CONTEXT as symbol]: {
            imageUrl: (uri: string) => `/img/${knowledgeImagePath('A/b.rst', uri)}`,
            openLink: () => {},
          },
        },
      },
    })
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.findAll('img').filter((i) => i.attributes('src') === 'x')).toHaveLength(0)
    expect(wrapper.findAll('p')[0].text()).toBe(evil)
    expect(wrapper.find('strong').text()).toBe('Passo 1:')
    const link = wrapper.get('a')
    expect(link.attributes('href')).toBe('https://example.org/a')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(wrapper.findAll('a')).toHaveLength(1)
    expect(wrapper.get('ol').attributes('type')).toBe('a')
    expect(wrapper.get('pre').text()).toBe('<b>SELECT 1</b>')
    expect(wrapper.find('pre b').exists()).toBe(false)
    expect(wrapper.get('.admonition').text()).toContain('Aviso')
    expect(wrapper.get('img').attributes('src')).toBe('/img/img/a.png')
    expect(wrapper.get('section#sub h4').text()).toBe('Sub')
  })
})
