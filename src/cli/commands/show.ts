import { CommandError, UsageError } from '../cli-error'
import { parseCommandArgs, printJson } from '../options'
import { loadFromArgs } from './articles'
import { toArticleView } from '../../core/knowledge/view'

/** `kb show ID [--json]`: one article, whole. */
export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (positionals.length !== 1) throw new UsageError('usage: kb show ID [--json] [--knowledge DIR]')
  const id = positionals[0]
  const kb = await loadFromArgs(values)
  const article = kb.byId.get(id)
  if (!article) throw new CommandError(`no article with id "${id}" (list them with: kb articles)`)
  const view = toArticleView(kb, article)
  if (values.json) {
    printJson({ ...view, fields: article.reply.fields })
    return
  }
  const meta = [
    article.kind,
    article.product,
    article.date,
    article.version ? `v${article.version}` : null,
    article.superseded
      ? `superado${article.supersededBy ? ` por ${article.supersededBy}` : ''}`
      : null,
  ].filter(Boolean)
  const out = [
    article.title,
    '='.repeat(Math.min(article.title.length, 80)),
    `${article.id}  (${meta.join(', ')})`,
  ]
  if (article.responsibility) out.push(`Responsável: ${article.responsibility}`)
  if (article.keywords.length) out.push(`Palavras-chave: ${article.keywords.join(' | ')}`)
  for (const section of article.sections) {
    if (section.role === 'reply') continue
    out.push('', `## ${section.title}`, section.text)
  }
  if (article.steps.length) {
    out.push('', '## Checklist')
    for (const step of article.steps) out.push(`[ ] ${step.index}. ${step.label}  (${step.key})`)
  }
  out.push('', `## Resposta (${article.reply.status})`, article.reply.text || '-')
  if (article.reply.variants.length > 1)
    out.push(
      `Variantes (--variant N): ${article.reply.variants.map((v, i) => `${i} = ${v.label}`).join('; ')}`,
    )
  if (article.reply.fields.length) {
    out.push('', 'Campos:')
    for (const f of article.reply.fields) out.push(`  ${f.id}: ${f.label} — ${f.token}`)
  }
  process.stdout.write(out.join('\n') + '\n')
}
