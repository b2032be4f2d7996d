/**
 * Safe HTML rendering. Every text value is escaped; the only attributes written are href
 * (safe URLs only), src/alt of resolved images, id/class and span counts. No markup from the
 * source ever reaches the output: raw and unknown directives are shown as escaped code.
 */
import type { Block, Inline, TableCell } from './types'
import { collectSubstitutions, type SubstitutionMap } from './walk'
import { safeUrl } from './safe-url'
import { toSuperscript } from './inline-text'

export interface RenderHtmlOptions {
  /** Maps an image URI as written to a displayable URL, or null to show the alt text. */
  resolveImage?: (uri: string) => string | null
  /** Maps an internal reference (:ref:, :doc:, `name`_) to a URL, or null for plain text. */
  resolveReference?: (refType: string, target: string) => string | null
  /** Prefix for section ids (keeps article anchors apart from the page's own ids). */
  idPrefix?: string
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ESCAPES[c])
}

const ADMONITION_LABEL: Record<string, string> = {
  note: 'Nota',
  warning: 'Aviso',
  important: 'Importante',
  attention: 'Atenção',
  tip: 'Dica',
  hint: 'Sugestão',
  caution: 'Cuidado',
  danger: 'Perigo',
  error: 'Erro',
  admonition: 'Observação',
}

/** Renders blocks as safe HTML. */
export function renderHtml(blocks: Block[], opts: RenderHtmlOptions = {}): string {
  const r = new HtmlRenderer(opts, collectSubstitutions(blocks))
  return r.blocks(blocks)
}

class HtmlRenderer {
  constructor(
    private readonly opts: RenderHtmlOptions,
    private readonly subs: SubstitutionMap,
  ) {}

  blocks(blocks: Block[]): string {
    let out = ''
    for (const b of blocks) out += this.block(b)
    return out
  }

  private href(url: string | null): string | null {
    // Re-checked here: trees may be built or edited (mapText) outside parseRst.
    return url === null ? null : safeUrl(url)
  }

  private link(url: string | null, inner: string): string {
    const href = this.href(url)
    if (href === null) return `<span class="rst-link-unsafe">${inner}</span>`
    return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>`
  }

  inlines(nodes: Inline[]): string {
    let out = ''
    for (const n of nodes) out += this.inline(n)
    return out
  }

  private inline(n: Inline): string {
    switch (n.type) {
      case 'text':
        return escapeHtml(n.value)
      case 'strong':
        return `<strong>${this.inlines(n.children)}</strong>`
      case 'emphasis':
        return `<em>${this.inlines(n.children)}</em>`
      case 'literal':
        return `<code>${escapeHtml(n.value)}</code>`
      case 'link':
        return this.link(n.url, this.inlines(n.children))
      case 'reference': {
        const inner = this.inlines(n.children)
        const url = this.opts.resolveReference?.(n.refType, n.target) ?? null
        if (url === null) return `<span class="rst-reference">${inner}</span>`
        const safe = url.startsWith('#') ? url : this.href(url)
        if (safe === null) return `<span class="rst-reference">${inner}</span>`
        return `<a href="${escapeHtml(safe)}" class="rst-reference">${inner}</a>`
      }
      case 'role':
        return `<span class="rst-role rst-role-${escapeHtml(n.role.replace(/[^a-z0-9-]/gi, '-'))}">${escapeHtml(n.value)}</span>`
      case 'footnote_ref': {
        const label = n.superscript ? n.label : `[${n.label}]`
        return `<sup class="rst-footnote-ref">${escapeHtml(label)}</sup>`
      }
      case 'substitution': {
        const def = this.subs.get(n.name)
        if (!def) return escapeHtml(`|${n.name}|`)
        if (def.image !== undefined) return this.image(def.image, n.name)
        return this.inlines(def.value)
      }
    }
  }

  private image(uri: string, alt: string): string {
    const src = this.opts.resolveImage?.(uri) ?? null
    const safe =
      src !== null && /^(https?:|data:image\/(png|jpe?g|gif|webp);|blob:|roteiro-kb:)/i.test(src)
        ? src
        : null
    if (safe === null) return `<span class="rst-image-missing">[${escapeHtml(alt || uri)}]</span>`
    return `<img src="${escapeHtml(safe)}" alt="${escapeHtml(alt)}">`
  }

  private cells(rows: TableCell[][], tag: 'th' | 'td'): string {
    let out = ''
    for (const row of rows) {
      out += '<tr>'
      for (const c of row) {
        const span =
          (c.colspan && c.colspan > 1 ? ` colspan="${c.colspan | 0}"` : '') +
          (c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan | 0}"` : '')
        out += `<${tag}${span}>${this.blocks(c.children)}</${tag}>`
      }
      out += '</tr>'
    }
    return out
  }

  private block(b: Block): string {
    switch (b.type) {
      case 'section': {
        const h = Math.min(6, Math.max(1, b.level))
        const id = escapeHtml((this.opts.idPrefix ?? '') + b.anchor)
        return `<section id="${id}"><h${h}>${this.inlines(b.title)}</h${h}>${this.blocks(b.children)}</section>`
      }
      case 'paragraph':
        return `<p>${this.inlines(b.children)}</p>`
      case 'bullet_list':
        return `<ul>${b.items.map((i) => `<li>${this.blocks(i.children)}</li>`).join('')}</ul>`
      case 'enumerated_list': {
        const type: Record<string, string> = {
          loweralpha: 'a',
          upperalpha: 'A',
          lowerroman: 'i',
          upperroman: 'I',
        }
        const t = type[b.enumType] ? ` type="${type[b.enumType]}"` : ''
        const start = b.start !== 1 ? ` start="${b.start | 0}"` : ''
        return `<ol${t}${start}>${b.items.map((i) => `<li>${this.blocks(i.children)}</li>`).join('')}</ol>`
      }
      case 'definition_list':
        return `<dl>${b.items.map((i) => `<dt>${this.inlines(i.term)}</dt><dd>${this.blocks(i.definition)}</dd>`).join('')}</dl>`
      case 'field_list':
        return `<dl class="rst-fields">${b.fields.map((f) => `<dt>${escapeHtml(f.name)}</dt><dd>${this.blocks(f.body)}</dd>`).join('')}</dl>`
      case 'literal_block':
        return `<pre><code>${escapeHtml(b.value)}</code></pre>`
      case 'block_quote':
        return `<blockquote>${this.blocks(b.children)}</blockquote>`
      case 'line_block':
        return `<div class="rst-line-block">${b.lines.map((l) => this.inlines(l)).join('<br>')}</div>`
      case 'comment':
      case 'target':
      case 'substitution_definition':
        return ''
      case 'transition':
        return '<hr>'
      case 'admonition': {
        const title = b.title
          ? this.inlines(b.title)
          : escapeHtml(ADMONITION_LABEL[b.kind] ?? b.kind)
        return `<aside class="rst-admonition rst-${escapeHtml(b.kind)}"><p class="rst-admonition-title">${title}</p>${this.blocks(b.children)}</aside>`
      }
      case 'image': {
        const img = this.image(b.uri, b.alt)
        if (b.caption === undefined) return `<p class="rst-image">${img}</p>`
        const legend = b.legend ? this.blocks(b.legend) : ''
        return `<figure>${img}<figcaption>${this.inlines(b.caption)}${legend}</figcaption></figure>`
      }
      case 'table': {
        const caption = b.title ? `<caption>${this.inlines(b.title)}</caption>` : ''
        const head = b.header.length > 0 ? `<thead>${this.cells(b.header, 'th')}</thead>` : ''
        return `<table>${caption}${head}<tbody>${this.cells(b.rows, 'td')}</tbody></table>`
      }
      case 'toctree':
        return ''
      case 'raw':
        return `<pre class="rst-raw"><code>${escapeHtml(b.value)}</code></pre>`
      case 'footnote': {
        const label = b.superscript ? toSuperscript(b.label) : `[${b.label}]`
        return `<div class="rst-footnote"><span class="rst-footnote-label">${escapeHtml(label)}</span>${this.blocks(b.children)}</div>`
      }
      case 'unknown_directive':
        return `<pre class="rst-unknown"><code>${escapeHtml(b.value)}</code></pre>`
    }
  }
}
