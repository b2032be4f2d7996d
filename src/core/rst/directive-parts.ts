/** A directive's head, options and content, split before the directive is read. */
import type { ViewLine } from './lines'
import { at, content, dedent, trimBlank } from './lines'

const OPTION = /^:([^:\s][^:]{0,99}?):(?: +(.*))?$/

/** Directives whose first lines up to the options are an argument, not content. */
const TAKES_ARGUMENTS = new Set([
  'admonition',
  'figure',
  'image',
  'code-block',
  'code',
  'sourcecode',
  'list-table',
  'csv-table',
  'table',
  'raw',
  'topic',
  'sidebar',
  'rubric',
  'centered',
  'only',
  'highlight',
  'replace',
  'unicode',
])

/** One directive, split: its name, argument, options and the content below them. */
export interface DirectiveParts {
  name: string
  argument: string
  options: Map<string, string>
  content: ViewLine[]
  line: number
}

/** Splits a directive block into argument, options and content. */
export function splitDirective(
  body: ViewLine[],
  markerWidth: number,
  name: string,
): DirectiveParts {
  const head = body[0]
  const line = head.src.no
  const argument0 = content(head).slice(markerWidth).trim()
  const rest = body.slice(1)
  const takesArgs = TAKES_ARGUMENTS.has(name)
  const args = [argument0]
  let k = 0
  if (takesArgs) {
    while (k < rest.length && !rest[k].src.blank && !OPTION.test(content(rest[k]))) {
      args.push(content(rest[k]).trim())
      k++
    }
  }
  const options = new Map<string, string>()
  while (k < rest.length && !rest[k].src.blank) {
    const m = OPTION.exec(content(rest[k]))
    if (!m) break
    options.set(m[1].toLowerCase(), (m[2] ?? '').trim())
    k++
  }
  let body2 = rest.slice(k)
  if (!takesArgs && argument0 !== '') {
    body2 = [at(head.src, head.col + head.ind + markerWidth), ...rest]
  }
  const argument = name === 'figure' || name === 'image' ? args.join('') : args.join(' ').trim()
  return { name, argument, options, content: trimBlank(dedent(trimBlank(body2))), line }
}
